package io.continuo.facts.harmony;


import io.continuo.facts.pitch.Interval;
import java.util.List;

/**
 * The chord shapes a symbol can name before extensions: the triads, sixth chords and seventh
 * chords of lead sheets and of Harte's shorthand (Harte et al., ISMIR 2005), each as the intervals
 * above its root. Extensions (9, 11, 13), added tones and altered fifths are kept apart on
 * {@link ChordSymbol}.
 */
public enum ChordQuality {
    MAJOR("", "maj", Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH),
    MINOR("m", "min", Interval.MINOR_THIRD, Interval.PERFECT_FIFTH),
    DIMINISHED("dim", "dim", Interval.MINOR_THIRD, Interval.DIMINISHED_FIFTH),
    AUGMENTED("aug", "aug", Interval.MAJOR_THIRD, Interval.AUGMENTED_FIFTH),
    SUSPENDED_SECOND("sus2", "sus2", Interval.MAJOR_SECOND, Interval.PERFECT_FIFTH),
    SUSPENDED_FOURTH("sus4", "sus4", Interval.PERFECT_FOURTH, Interval.PERFECT_FIFTH),
    /** Root and fifth only, the rock guitarist's "C5". */
    POWER("5", "5", Interval.PERFECT_FIFTH),
    /** A lone root, Harte's {@code C:1} (an unharmonised unison passage). */
    ROOT_ONLY("(1)", "1"),
    MAJOR_SIXTH("6", "maj6", Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH, Interval.MAJOR_SIXTH),
    MINOR_SIXTH("m6", "min6", Interval.MINOR_THIRD, Interval.PERFECT_FIFTH, Interval.MAJOR_SIXTH),
    DOMINANT_SEVENTH("7", "7", Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH, Interval.MINOR_SEVENTH),
    MAJOR_SEVENTH("maj7", "maj7", Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH, Interval.MAJOR_SEVENTH),
    MINOR_SEVENTH("m7", "min7", Interval.MINOR_THIRD, Interval.PERFECT_FIFTH, Interval.MINOR_SEVENTH),
    MINOR_MAJOR_SEVENTH("mMaj7", "minmaj7", Interval.MINOR_THIRD, Interval.PERFECT_FIFTH, Interval.MAJOR_SEVENTH),
    DIMINISHED_SEVENTH("dim7", "dim7", Interval.MINOR_THIRD, Interval.DIMINISHED_FIFTH, Interval.DIMINISHED_SEVENTH),
    HALF_DIMINISHED_SEVENTH("m7b5", "hdim7", Interval.MINOR_THIRD, Interval.DIMINISHED_FIFTH, Interval.MINOR_SEVENTH),
    AUGMENTED_SEVENTH("aug7", "aug(b7)", Interval.MAJOR_THIRD, Interval.AUGMENTED_FIFTH, Interval.MINOR_SEVENTH),
    SUSPENDED_FOURTH_SEVENTH("7sus4", "sus4(b7)", Interval.PERFECT_FOURTH, Interval.PERFECT_FIFTH, Interval.MINOR_SEVENTH);

    private final String leadSheetSuffix;
    private final String harteShorthand;
    private final List<Interval> intervalsAboveRoot;

    ChordQuality(String leadSheetSuffix, String harteShorthand, Interval... intervalsAboveRoot) {
        this.leadSheetSuffix = leadSheetSuffix;
        this.harteShorthand = harteShorthand;
        this.intervalsAboveRoot = List.of(intervalsAboveRoot);
    }

    /** The suffix a lead sheet writes after the root: "m7", "dim", "" for a major triad. */
    public String leadSheetSuffix() {
        return leadSheetSuffix;
    }

    /** Harte's shorthand: "min7", "hdim7", "maj". */
    public String harteShorthand() {
        return harteShorthand;
    }

    /** The intervals above the root, root excluded. */
    public List<Interval> intervalsAboveRoot() {
        return intervalsAboveRoot;
    }
}
