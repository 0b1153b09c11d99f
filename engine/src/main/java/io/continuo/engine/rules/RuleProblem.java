package io.continuo.engine.rules;

/**
 * One compilation error in a rule file, as the person who wrote it needs to see it.
 *
 * @param file    the file as shown to the user
 * @param line    from 1, or 0 when the compiler gave none
 * @param column  from 1, or 0 when the compiler gave none
 * @param message the compiler's message on one line
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code path:line:column: message}, leaving out what is unknown. */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }
}
