package io.continuo.facts.notation;

/**
 * Notation that cannot be read: names the offending text and the position (0-based, in characters)
 * where reading stopped, so that callers can point at file, line and column.
 */
public final class NotationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final int position;
    private final String reason;

    public NotationException(String reason, String text, int position) {
        super(reason + " '" + text + "' at position " + (position + 1));
        this.text = text;
        this.position = position;
        this.reason = reason;
    }

    /** The whole piece of notation that failed, e.g. the chord symbol. */
    public String text() {
        return text;
    }

    /** Where in {@link #text()} reading stopped, 0-based. */
    public int position() {
        return position;
    }

    /** The cause in plain words, without the text or position: "unknown chord symbol". */
    public String reason() {
        return reason;
    }
}
