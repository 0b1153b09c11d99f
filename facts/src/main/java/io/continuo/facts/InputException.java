package io.continuo.facts;

/**
 * Input that cannot be read, located for the person who wrote it: its message is one line,
 * {@code source:line:column: cause}, with line and column from 1 and left out when unknown.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String cause;

    public InputException(String source, int line, int column, String cause) {
        super(locate(source, line, column) + cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.cause = cause;
    }

    private static String locate(String source, int line, int column) {
        StringBuilder where = new StringBuilder(source);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return where.append(": ").toString();
    }

    public String source() {
        return source;
    }

    /** From 1; 0 when unknown. */
    public int line() {
        return line;
    }

    /** From 1; 0 when unknown. */
    public int column() {
        return column;
    }

    /** The cause without the location. */
    public String reason() {
        return cause;
    }
}
