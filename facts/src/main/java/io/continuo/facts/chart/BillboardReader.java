package io.continuo.facts.chart;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartLayout.Slot;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.notation.NotationException;
import io.continuo.facts.time.TimeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the McGill Billboard corpus's {@code salami_chords.txt} (Burgoyne, Wild &amp; Fujinaga,
 * ISMIR 2011): {@code # title:}/{@code # metre:} headers, then timed lines
 * {@code <seconds>\t[section, ]| chord | chord . chord |[ xN][, (instrument)]}. Each line's bars share
 * the time up to the next timed line; the chords of a bar share it evenly; {@code .} holds the chord
 * before; {@code xN} repeats the line's bars; {@code N} is no chord; {@code (3/4)} meter marks,
 * {@code *} and {@code &pause} are ignored. The {@code # tonic:} lines are the corpus's key
 * annotation: they are left to the evaluation, not read as a given key.
 */
public final class BillboardReader {

    private static final Pattern TIMED_LINE = Pattern.compile("^([0-9.eE+-]+)\\t(.*)$");
    private static final Pattern REPEAT = Pattern.compile("x(\\d+)");

    private BillboardReader() {
    }

    /** One timed line's bars, each a list of slots. */
    private record Line(double time, List<List<Slot>> bars) {
    }

    /**
     * @throws InputException naming source, line, column and cause
     */
    public static Piece read(String source, String text, ChartOptions options) {
        String title = source;
        TimeSignature meter = ChartOptions.DEFAULT_TIME_SIGNATURE;
        List<Line> lines = new ArrayList<>();
        String[] rows = text.split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.startsWith("# title:")) {
                title = row.substring("# title:".length()).strip();
            } else if (row.startsWith("# metre:")) {
                try {
                    meter = TimeSignature.parse(row.substring("# metre:".length()));
                } catch (NotationException e) {
                    throw new InputException(source, i + 1, 9, e.getMessage());
                }
            }
            Matcher timed = TIMED_LINE.matcher(row);
            if (timed.matches()) {
                double time;
                try {
                    time = Double.parseDouble(timed.group(1));
                } catch (NumberFormatException e) {
                    throw new InputException(source, i + 1, 1, "not a time in seconds: '" + timed.group(1) + "'");
                }
                lines.add(new Line(time, bars(source, timed.group(2), i + 1, timed.start(2))));
            }
        }
        List<ChordEvent> chords = layOut(lines);
        if (chords.isEmpty()) {
            throw new InputException(source, 0, 0, "no chords in the annotation");
        }
        return ChartLayout.timed(title, options.key(), options.tempo().orElse(ChartOptions.DEFAULT_TEMPO),
                options.timeSignature().orElse(meter), chords, List.of());
    }

    private static List<List<Slot>> bars(String source, String content, int line, int offset) {
        int first = content.indexOf('|');
        int last = content.lastIndexOf('|');
        List<List<Slot>> bars = new ArrayList<>();
        if (first < 0 || last == first) {
            return bars;
        }
        int column = offset + first + 1;
        for (String bar : content.substring(first + 1, last).split("\\|", -1)) {
            List<Slot> slots = new ArrayList<>();
            int at = column;
            for (String token : bar.split(" ", -1)) {
                if (token.isEmpty() || token.equals("*") || token.startsWith("(") || token.startsWith("&")) {
                    at += token.length() + 1;
                    continue;
                }
                if (token.equals(".")) {
                    slots.add(Slot.CONTINUE);
                } else if (token.equals("N") || token.equals("X")) {
                    slots.add(Slot.NO_CHORD);
                } else {
                    try {
                        slots.add(new Slot(ChordSymbol.parseHarte(token), false));
                    } catch (NotationException e) {
                        throw new InputException(source, line, at + e.position() + 1, e.reason() + " '" + e.text() + "'");
                    }
                }
                at += token.length() + 1;
            }
            if (!slots.isEmpty()) {
                bars.add(slots);
            }
            column += bar.length() + 1;
        }
        Matcher repeat = REPEAT.matcher(content.substring(last + 1));
        if (repeat.find() && repeat.start() <= 1) {
            List<List<Slot>> once = List.copyOf(bars);
            for (int n = 1; n < Integer.parseInt(repeat.group(1)); n++) {
                bars.addAll(once);
            }
        }
        return bars;
    }

    private static List<ChordEvent> layOut(List<Line> lines) {
        List<ChordEvent> chords = new ArrayList<>();
        ChordSymbol sounding = null;
        double since = 0;
        for (int l = 0; l < lines.size(); l++) {
            Line line = lines.get(l);
            double end = l + 1 < lines.size() ? lines.get(l + 1).time() : line.time();
            if (line.bars().isEmpty()) {
                // "silence", "end", "Z": nothing sounds from here.
                if (sounding != null && line.time() > since) {
                    chords.add(new ChordEvent(chords.size(), sounding, since, line.time()));
                }
                sounding = null;
                continue;
            }
            double barLength = (end - line.time()) / line.bars().size();
            for (int b = 0; b < line.bars().size(); b++) {
                List<Slot> slots = line.bars().get(b);
                for (int s = 0; s < slots.size(); s++) {
                    Slot slot = slots.get(s);
                    if (slot.continues()) {
                        continue;
                    }
                    double time = line.time() + b * barLength + s * barLength / slots.size();
                    if (sounding != null && time > since) {
                        chords.add(new ChordEvent(chords.size(), sounding, since, time));
                    }
                    sounding = slot.chord();
                    since = time;
                }
            }
        }
        return chords;
    }
}
