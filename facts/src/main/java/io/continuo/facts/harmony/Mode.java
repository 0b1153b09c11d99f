package io.continuo.facts.harmony;

import java.util.List;
import java.util.Locale;

/** The two modes of common-practice tonality. */
public enum Mode {
    MAJOR(List.of(0, 2, 4, 5, 7, 9, 11)),
    /** Natural minor, with the raised sixth and seventh of the harmonic and melodic forms also belonging to the key. */
    MINOR(List.of(0, 2, 3, 5, 7, 8, 10, 9, 11));

    private final List<Integer> pitchCollection;

    Mode(List<Integer> pitchCollection) {
        this.pitchCollection = pitchCollection;
    }

    /** Semitones above the tonic of every pitch that belongs to a key in this mode. */
    public List<Integer> pitchCollection() {
        return pitchCollection;
    }

    /** "major" or "minor", as keys are named. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
