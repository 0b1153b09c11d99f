package io.continuo.facts.chart;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartLayout.Bar;
import io.continuo.facts.chart.ChartLayout.Slot;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.NotationException;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads chord charts in plain text, the format of {@code docs/examples/*.txt}:
 * <pre>
 * title: Autumn Leaves
 * key: G major
 * bpm: 132
 * time: 4/4
 * [A]
 * | Am7 | D7 | Gmaj7 | Cmaj7 |
 * | F#m7b5 | B7 | Em / Em7 / |
 * </pre>
 * Headers are {@code name: value} lines; {@code [Label]} starts a section; bars stand between
 * {@code |}; chords in a bar share it evenly, {@code /} holds the chord before for one more slot,
 * {@code %} repeats the previous bar and {@code N.C.} is no chord. A line without bar lines gives
 * one bar per chord. Lines starting with {@code #} are comments.
 */
public final class TextChartReader {

    private static final Pattern HEADER = Pattern.compile("^\\s*([A-Za-z][A-Za-z ]*?)\\s*:\\s*(.*?)\\s*$");
    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)\\]");
    private static final Set<String> HEADERS = Set.of("title", "key", "bpm", "tempo", "time", "meter",
            "time signature");
    private static final Set<String> INFORMATIVE_HEADERS = Set.of("composer", "artist", "style", "source", "notes",
            "lyricist", "year", "form");

    private final String source;
    private String title;
    private Optional<Key> key = Optional.empty();
    private Optional<Tempo> tempo = Optional.empty();
    private Optional<TimeSignature> meter = Optional.empty();
    private final List<Bar> bars = new ArrayList<>();
    private String pendingSection;

    private TextChartReader(String source) {
        this.source = source;
        this.title = source;
    }

    /**
     * Reads a whole chart.
     *
     * @param source  how errors name the input: a file path, or "-" for standard input
     * @param text    the chart
     * @param options command-line values that win over the chart's headers
     * @throws InputException naming source, line, column and cause
     */
    public static Piece read(String source, String text, ChartOptions options) {
        TextChartReader reader = new TextChartReader(source);
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            reader.readLine(lines[i], i + 1);
        }
        return reader.finish(options);
    }

    /** Reads chords given inline, as {@code --chords "C G Am F"} or {@code "| C G | Am F |"}. */
    public static Piece readInline(String source, String chords, ChartOptions options) {
        TextChartReader reader = new TextChartReader(source);
        reader.title = "chords";
        reader.readBars(chords, 1, 0);
        return reader.finish(options);
    }

    private Piece finish(ChartOptions options) {
        if (bars.isEmpty()) {
            throw new InputException(source, 0, 0, "no chords: a chart needs at least one bar");
        }
        if (pendingSection != null) {
            throw new InputException(source, 0, 0, "section [" + pendingSection + "] has no bars");
        }
        return ChartLayout.layOut(title, options.key().or(() -> key),
                options.tempo().or(() -> tempo).orElse(ChartOptions.DEFAULT_TEMPO),
                options.timeSignature().or(() -> meter).orElse(ChartOptions.DEFAULT_TIME_SIGNATURE), bars);
    }

    private void readLine(String line, int number) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        Matcher section = SECTION.matcher(line);
        if (section.find()) {
            String label = section.group(1).strip();
            if (label.isEmpty()) {
                throw new InputException(source, number, section.start(1) + 1, "empty section label []");
            }
            pendingSection = label;
            readBars(line.substring(section.end()), number, section.end());
            return;
        }
        Matcher header = HEADER.matcher(line);
        if (header.matches() && !line.contains("|") && looksLikeHeader(header.group(1))) {
            readHeader(header.group(1).toLowerCase(Locale.ROOT), header.group(2), number, header.start(2) + 1);
            return;
        }
        readBars(line, number, 0);
    }

    /**
     * A known header, or a lower-case word (a misspelt header, reported as such); anything else
     * before a colon is a chord, as in a line of Harte labels "C:maj A:min".
     */
    private static boolean looksLikeHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return HEADERS.contains(lower) || INFORMATIVE_HEADERS.contains(lower) || name.matches("[a-z][a-z ]*");
    }

    private void readHeader(String name, String value, int line, int column) {
        try {
            switch (name) {
                case "title" -> title = value;
                case "key" -> key = Optional.of(Key.parse(value));
                case "bpm", "tempo" -> tempo = Optional.of(new Tempo(parseNumber(value)));
                case "time", "meter", "time signature" -> meter = Optional.of(TimeSignature.parse(value));
                default -> {
                    if (!INFORMATIVE_HEADERS.contains(name)) {
                        throw new InputException(source, line, 1, "unknown header '" + name
                                + ":' (known: title, key, bpm, time; and, for information only, "
                                + String.join(", ", INFORMATIVE_HEADERS.stream().sorted().toList()) + ")");
                    }
                }
            }
        } catch (NotationException e) {
            throw new InputException(source, line, column + e.position(), e.reason() + " '" + e.text() + "'");
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, column, e.getMessage());
        }
    }

    private static double parseNumber(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of beats per minute: '" + value + "'");
        }
    }

    /** Reads bar content; {@code offset} is the column of {@code text}'s first character in its line, from 0. */
    private void readBars(String text, int line, int offset) {
        boolean barLines = text.indexOf('|') >= 0;
        List<List<Slot>> written = new ArrayList<>();
        List<Slot> current = new ArrayList<>();
        int previousBarLine = -1;
        boolean barHasContent = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '|' || c == ':' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                if (previousBarLine >= 0 && !barHasContent && i - previousBarLine > 1) {
                    // "| C |  | G |": a bar left blank is a slip, not silence.
                    throw new InputException(source, line, offset + previousBarLine + 2,
                            "empty bar: write % to repeat the previous bar, / to hold a chord, or N.C. for no chord");
                }
                if (!current.isEmpty()) {
                    written.add(current);
                    current = new ArrayList<>();
                }
                previousBarLine = i;
                barHasContent = false;
                i++;
                if (c == '|' && i < text.length() && text.charAt(i) == ':') {
                    i++; // the start-repeat sign |: is a bar line too
                }
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '|') {
                end++;
            }
            String token = text.substring(i, end);
            if (token.endsWith(":") && end < text.length() && text.charAt(end) == '|') {
                token = token.substring(0, token.length() - 1);
            }
            barHasContent = true;
            if (token.equals("%")) {
                List<Slot> previous = !current.isEmpty() ? null
                        : !written.isEmpty() ? written.get(written.size() - 1)
                        : !bars.isEmpty() ? bars.get(bars.size() - 1).slots() : null;
                if (previous == null) {
                    throw new InputException(source, line, offset + i + 1, "'%' repeats the previous bar, but there is none");
                }
                written.add(repeat(previous));
            } else if (!token.isEmpty()) {
                Slot slot = slot(token, line, offset + i);
                if (slot.continues() && current.isEmpty() && written.isEmpty() && bars.isEmpty()) {
                    throw new InputException(source, line, offset + i + 1,
                            "the first bar starts with '" + token + "': there is no chord to hold");
                }
                current.add(slot);
            }
            if (!barLines && !current.isEmpty()) {
                written.add(current);
                current = new ArrayList<>();
            }
            i = end;
        }
        if (!current.isEmpty()) {
            written.add(current);
        }
        for (List<Slot> slots : written) {
            bars.add(new Bar(slots, pendingSection));
            pendingSection = null;
        }
    }

    private static List<Slot> repeat(List<Slot> bar) {
        return List.copyOf(bar);
    }

    private Slot slot(String token, int line, int column) {
        if (token.equals("/") || token.equals(".") || token.equals("-")) {
            return Slot.CONTINUE;
        }
        if (ChartLayout.isNoChord(token)) {
            return Slot.NO_CHORD;
        }
        try {
            return new Slot(ChartLayout.chordOf(token), false);
        } catch (NotationException e) {
            throw new InputException(source, line, column + e.position() + 1, e.reason() + " '" + e.text() + "'");
        }
    }
}
