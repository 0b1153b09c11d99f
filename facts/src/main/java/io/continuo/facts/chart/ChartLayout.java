package io.continuo.facts.chart;

import io.continuo.facts.Piece;
import io.continuo.facts.estimate.ChordToneKeyProfile;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.HarteLabelParser;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays bars of a chart out in time: every bar lasts the time signature's beats at the tempo, the
 * slots of a bar share it evenly, a chord lasts until the next chord or no-chord slot, and each
 * section runs until the next one starts.
 */
final class ChartLayout {

    /** One bar as written: its slots hold a chord, or null for "no chord", or repeat the slot before. */
    record Bar(List<Slot> slots, String sectionLabel) {
    }

    /** A slot of a bar: a new chord, a no-chord, or a continuation of what sounds ({@code /} in a chart). */
    record Slot(ChordSymbol chord, boolean continues) {
        static final Slot NO_CHORD = new Slot(null, false);
        static final Slot CONTINUE = new Slot(null, true);
    }

    private ChartLayout() {
    }

    static Piece layOut(String title, Optional<Key> key, Tempo tempo, TimeSignature meter, List<Bar> bars) {
        double barSeconds = meter.beats() * tempo.secondsPerBeat();
        List<Beat> beats = new ArrayList<>();
        List<ChordEvent> chords = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        ChordSymbol sounding = null;
        double soundingSince = 0;
        String sectionLabel = null;
        double sectionStart = 0;
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double barStart = b * barSeconds;
            for (int beat = 0; beat < meter.beats(); beat++) {
                beats.add(new Beat(barStart + beat * tempo.secondsPerBeat(), b + 1, beat + 1));
            }
            if (bar.sectionLabel() != null) {
                if (sectionLabel != null) {
                    sections.add(new Section(sections.size(), sectionLabel, sectionStart, barStart));
                }
                sectionLabel = bar.sectionLabel();
                sectionStart = barStart;
            }
            double slotSeconds = barSeconds / bar.slots().size();
            for (int s = 0; s < bar.slots().size(); s++) {
                Slot slot = bar.slots().get(s);
                if (slot.continues()) {
                    continue;
                }
                double time = barStart + s * slotSeconds;
                if (sounding != null) {
                    chords.add(new ChordEvent(chords.size(), sounding, soundingSince, time));
                }
                sounding = slot.chord();
                soundingSince = time;
            }
        }
        double end = bars.size() * barSeconds;
        if (sounding != null) {
            chords.add(new ChordEvent(chords.size(), sounding, soundingSince, end));
        }
        if (sectionLabel != null) {
            sections.add(new Section(sections.size(), sectionLabel, sectionStart, end));
        }
        return new Piece(title, key, tempo, meter, end, beats, sections, chords, List.of(),
                ChordToneKeyProfile.evidence(chords));
    }

    /** A piece from chords that already carry their times (JSON charts, .lab files), with beats laid from 0 at the tempo. */
    static Piece timed(String title, Optional<Key> key, Tempo tempo, TimeSignature meter, List<ChordEvent> chords,
                       List<Section> sections) {
        double duration = chords.get(chords.size() - 1).end();
        List<Beat> beats = new ArrayList<>();
        int count = (int) Math.ceil(duration / tempo.secondsPerBeat() - 1e-9);
        for (int i = 0; i < count; i++) {
            beats.add(new Beat(i * tempo.secondsPerBeat(), i / meter.beats() + 1, i % meter.beats() + 1));
        }
        return new Piece(title, key, tempo, meter, duration, beats, sections, chords, List.of(),
                ChordToneKeyProfile.evidence(chords));
    }

    /** Whether a label means "no chord here": Harte's N and X, and the lead sheet's N.C. (NC, N.C). */
    static boolean isNoChord(String label) {
        return HarteLabelParser.isNoChord(label) || label.equals("N.C.") || label.equals("NC") || label.equals("N.C");
    }

    /** A timed label in either notation: a Harte label when it has a colon, a lead-sheet symbol otherwise. */
    static ChordSymbol chordOf(String label) {
        return label.indexOf(':') > 0 ? ChordSymbol.parseHarte(label) : ChordSymbol.parse(label);
    }
}
