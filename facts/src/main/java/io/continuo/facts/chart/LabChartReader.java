package io.continuo.facts.chart;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.notation.NotationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads chord annotations in the {@code .lab} format of MIREX and the annotated corpora
 * (Isophonics, Billboard, POP909): one {@code start end label} line per chord, times in seconds,
 * separated by spaces or tabs; labels are Harte labels (or lead-sheet symbols); {@code N} and
 * {@code X} leave a gap. Tempo and meter are not in the file: they come from the options, else
 * 120 bpm in 4/4.
 */
public final class LabChartReader {

    private LabChartReader() {
    }

    /**
     * @throws InputException naming source, line, column and cause
     */
    public static Piece read(String source, String text, ChartOptions options) {
        List<ChordEvent> chords = new ArrayList<>();
        double previousEnd = 0;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] fields = line.strip().split("\\s+");
            int lineNumber = i + 1;
            if (fields.length != 3) {
                throw new InputException(source, lineNumber, 1,
                        "expected 'start end label', found " + fields.length + " field(s)");
            }
            double start = seconds(fields[0], source, lineNumber, line.indexOf(fields[0]) + 1);
            double end = seconds(fields[1], source, lineNumber, line.indexOf(fields[1], line.indexOf(fields[0])
                    + fields[0].length()) + 1);
            int labelColumn = line.lastIndexOf(fields[2]) + 1;
            int startColumn = line.indexOf(fields[0]) + 1;
            if (!(end > start)) {
                throw new InputException(source, lineNumber, startColumn,
                        "end " + fields[1] + " is not after start " + fields[0]);
            }
            if (start < previousEnd - 1e-6) {
                throw new InputException(source, lineNumber, startColumn, "starts at " + fields[0]
                        + " s, before the previous chord ends at " + previousEnd + " s");
            }
            previousEnd = end;
            if (ChartLayout.isNoChord(fields[2])) {
                continue;
            }
            try {
                chords.add(new ChordEvent(chords.size(), ChartLayout.chordOf(fields[2]), start, end));
            } catch (NotationException e) {
                throw new InputException(source, lineNumber, labelColumn + e.position(),
                        e.reason() + " '" + e.text() + "'");
            }
        }
        if (chords.isEmpty()) {
            throw new InputException(source, 0, 0, "no chords: every line is empty, a comment, N or X");
        }
        return ChartLayout.timed(source, options.key(), options.tempo().orElse(ChartOptions.DEFAULT_TEMPO),
                options.timeSignature().orElse(ChartOptions.DEFAULT_TIME_SIGNATURE), chords, List.of());
    }

    private static double seconds(String field, String source, int line, int column) {
        try {
            double value = Double.parseDouble(field);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InputException(source, line, column, "not a time in seconds: '" + field + "'");
        }
    }
}
