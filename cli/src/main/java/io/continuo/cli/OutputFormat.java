package io.continuo.cli;

import java.nio.file.Path;

/** How the analysis is written. Lower-case names, as typed after {@code --format}. */
enum OutputFormat {
    json, text;

    /** Text for a person at a terminal, JSON for programs and files (unless the file is named .txt). */
    static OutputFormat defaultFor(Path out, boolean terminal) {
        if (out != null) {
            return out.getFileName().toString().endsWith(".txt") ? text : json;
        }
        return terminal ? text : json;
    }
}
