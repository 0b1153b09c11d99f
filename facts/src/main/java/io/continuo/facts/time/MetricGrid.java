package io.continuo.facts.time;

import io.continuo.facts.events.ChordEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Places chords in the grid of beats and sections: plain arithmetic on times, done once in Java so
 * that rules can match bar and beat numbers instead of comparing seconds.
 */
public final class MetricGrid {

    /** Times closer than this are the same instant (charts compute them by division). */
    private static final double SAME_INSTANT = 1e-6;

    private MetricGrid() {
    }

    /** One position per chord, in order. Chords before the first beat count as bar 1, beat 1. */
    public static List<MetricPosition> place(List<ChordEvent> chords, List<Beat> beats, List<Section> sections) {
        List<MetricPosition> positions = new ArrayList<>(chords.size());
        int[] firstBars = firstBars(beats, sections);
        int beatCursor = 0;
        int sectionCursor = 0;
        for (int i = 0; i < chords.size(); i++) {
            ChordEvent chord = chords.get(i);
            while (beatCursor + 1 < beats.size() && beats.get(beatCursor + 1).time() <= chord.start() + SAME_INSTANT) {
                beatCursor++;
            }
            int bar = 1;
            double beat = 1.0;
            double beatSeconds = Double.NaN;
            if (!beats.isEmpty()) {
                Beat at = beats.get(beatCursor);
                beatSeconds = beatCursor + 1 < beats.size() ? beats.get(beatCursor + 1).time() - at.time()
                        : beatCursor > 0 ? at.time() - beats.get(beatCursor - 1).time() : Double.NaN;
                bar = at.bar();
                double fraction = Double.isNaN(beatSeconds) || beatSeconds <= 0
                        ? 0 : Math.max(0, (chord.start() - at.time()) / beatSeconds);
                beat = at.beatInBar() + (fraction < SAME_INSTANT ? 0 : fraction);
            }
            double length = Double.isNaN(beatSeconds) || beatSeconds <= 0 ? 0 : chord.duration() / beatSeconds;
            while (sectionCursor + 1 < sections.size() && sections.get(sectionCursor + 1).start()
                    <= chord.start() + SAME_INSTANT) {
                sectionCursor++;
            }
            int section = sectionIndexAt(sections, sectionCursor, chord.start());
            boolean nextInSameSection = i + 1 < chords.size()
                    && sectionIndexAt(sections, nextCursor(sections, sectionCursor, chords.get(i + 1).start()),
                    chords.get(i + 1).start()) == section;
            int firstBar = section == MetricPosition.NO_SECTION ? 1 : firstBars[sectionCursor];
            positions.add(new MetricPosition(chord.index(), bar, bar - firstBar + 1, beat, length, section,
                    section != MetricPosition.NO_SECTION && !nextInSameSection));
        }
        return positions;
    }

    /**
     * The bar a time falls in: that of the last beat at or before it (bar 1 before the first beat).
     * A binary search, since beats are in time order.
     */
    public static int barAt(List<Beat> beats, double time) {
        int low = 0;
        int high = beats.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (beats.get(middle).time() <= time + SAME_INSTANT) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? 1 : beats.get(found).bar();
    }

    /** For every bar's first beat, the chord sounding there; bars that fall in a gap between chords have none. */
    public static List<Downbeat> downbeats(List<ChordEvent> chords, List<Beat> beats) {
        List<Downbeat> downbeats = new ArrayList<>();
        int chordCursor = 0;
        for (Beat beat : beats) {
            if (!beat.isDownbeat()) {
                continue;
            }
            while (chordCursor < chords.size() && chords.get(chordCursor).end() <= beat.time() + SAME_INSTANT) {
                chordCursor++;
            }
            if (chordCursor < chords.size() && chords.get(chordCursor).start() <= beat.time() + SAME_INSTANT) {
                downbeats.add(new Downbeat(beat.bar(), chords.get(chordCursor).index()));
            }
        }
        return downbeats;
    }

    /** The bar each section starts in: that of the last beat at or before its start. One pass over both lists. */
    private static int[] firstBars(List<Beat> beats, List<Section> sections) {
        int[] firstBars = new int[sections.size()];
        int beatCursor = 0;
        for (int s = 0; s < sections.size(); s++) {
            double start = sections.get(s).start();
            while (beatCursor + 1 < beats.size() && beats.get(beatCursor + 1).time() <= start + SAME_INSTANT) {
                beatCursor++;
            }
            firstBars[s] = beats.isEmpty() ? 1 : beats.get(beatCursor).bar();
        }
        return firstBars;
    }

    private static int nextCursor(List<Section> sections, int cursor, double time) {
        while (cursor + 1 < sections.size() && sections.get(cursor + 1).start() <= time + SAME_INSTANT) {
            cursor++;
        }
        return cursor;
    }

    private static int sectionIndexAt(List<Section> sections, int cursor, double time) {
        if (sections.isEmpty()) {
            return MetricPosition.NO_SECTION;
        }
        Section section = sections.get(cursor);
        return time + SAME_INSTANT >= section.start() && time < section.end() - SAME_INSTANT
                ? section.index() : MetricPosition.NO_SECTION;
    }
}
