package io.continuo.facts.pitch;

import java.util.Map;

/**
 * A spelled interval: how many letter names it spans and how many semitones. A major third (C–E)
 * and a diminished fourth (C–Fb) sound alike but are different intervals.
 *
 * @param number    the interval number as musicians count it: 1 unison, 3 third, 9 ninth
 * @param semitones its size in semitones
 */
public record Interval(int number, int semitones) {

    public Interval {
        if (number < 1) {
            throw new IllegalArgumentException("interval numbers start at 1 (unison), got " + number);
        }
    }

    public static final Interval UNISON = new Interval(1, 0);
    public static final Interval MINOR_SECOND = new Interval(2, 1);
    public static final Interval MAJOR_SECOND = new Interval(2, 2);
    public static final Interval MINOR_THIRD = new Interval(3, 3);
    public static final Interval MAJOR_THIRD = new Interval(3, 4);
    public static final Interval PERFECT_FOURTH = new Interval(4, 5);
    public static final Interval AUGMENTED_FOURTH = new Interval(4, 6);
    public static final Interval DIMINISHED_FIFTH = new Interval(5, 6);
    public static final Interval PERFECT_FIFTH = new Interval(5, 7);
    public static final Interval AUGMENTED_FIFTH = new Interval(5, 8);
    public static final Interval MINOR_SIXTH = new Interval(6, 8);
    public static final Interval MAJOR_SIXTH = new Interval(6, 9);
    public static final Interval DIMINISHED_SEVENTH = new Interval(7, 9);
    public static final Interval MINOR_SEVENTH = new Interval(7, 10);
    public static final Interval MAJOR_SEVENTH = new Interval(7, 11);
    public static final Interval MINOR_NINTH = new Interval(9, 13);
    public static final Interval MAJOR_NINTH = new Interval(9, 14);
    public static final Interval AUGMENTED_NINTH = new Interval(9, 15);
    public static final Interval PERFECT_ELEVENTH = new Interval(11, 17);
    public static final Interval AUGMENTED_ELEVENTH = new Interval(11, 18);
    public static final Interval MINOR_THIRTEENTH = new Interval(13, 20);
    public static final Interval MAJOR_THIRTEENTH = new Interval(13, 21);

    /** Semitones of the major or perfect interval of each simple number (major scale above the root). */
    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};

    /** Letter names spanned, 0 for a unison, 2 for a third (a ninth spans 8, i.e. a second above the octave). */
    public int letterSteps() {
        return number - 1;
    }

    /** The number within one octave: a ninth is a compound second. */
    public int simpleNumber() {
        return (number - 1) % 7 + 1;
    }

    /** Inversion within the octave: a major third inverts to a minor sixth, a fifth to a fourth (9 − n). */
    public Interval invert() {
        int simple = simpleNumber();
        int invertedNumber = simple == 1 ? 1 : 9 - simple;
        return new Interval(invertedNumber, Math.floorMod(-semitones, 12));
    }

    /** How far the interval lies from the major or perfect interval of its number, in semitones. */
    public int alterationFromMajorScale() {
        int simple = simpleNumber();
        int octaves = (number - 1) / 7;
        return semitones - 12 * octaves - MAJOR_SCALE[simple - 1];
    }

    /** The spelled interval from {@code lower} up to {@code upper} within one octave. */
    public static Interval between(PitchClass lower, PitchClass upper) {
        int steps = upper.letter().stepsAbove(lower.letter());
        int semitones = upper.semitonesAbove(lower);
        // Measured mod 12, C up to B# would be 0 semitones and C to Cb 11: keep them an augmented
        // seventh (12) and a diminished unison (-1), the sizes their letter distance implies.
        int fromMajorScale = semitones - MAJOR_SCALE[steps];
        if (fromMajorScale < -6) {
            semitones += 12;
        } else if (fromMajorScale > 6) {
            semitones -= 12;
        }
        return new Interval(steps + 1, semitones);
    }

    /**
     * The interval named by a chord degree as Harte labels and chord symbols write them:
     * {@code 3}, {@code b3}, {@code #11}, {@code bb7}. Degrees 1–13; flats and sharps lower or raise
     * the major or perfect interval of that number.
     */
    public static Interval ofDegree(int number, int alteration) {
        if (number < 1 || number > 13) {
            throw new IllegalArgumentException("chord degrees run from 1 to 13, got " + number);
        }
        int simple = (number - 1) % 7;
        int octaves = (number - 1) / 7;
        return new Interval(number, MAJOR_SCALE[simple] + 12 * octaves + alteration);
    }

    private static final Map<Integer, String> PERFECT_NAMES = Map.of(-1, "d", 0, "P", 1, "A");
    private static final Map<Integer, String> MAJOR_NAMES = Map.of(-2, "d", -1, "m", 0, "M", 1, "A");

    /** The textbook abbreviation: P5, M3, m7, A4, d7. */
    public String name() {
        int simple = simpleNumber();
        boolean perfectKind = simple == 1 || simple == 4 || simple == 5;
        String quality = (perfectKind ? PERFECT_NAMES : MAJOR_NAMES).get(alterationFromMajorScale());
        return (quality == null ? "?" : quality) + number;
    }

    @Override
    public String toString() {
        return name();
    }
}
