package io.continuo.facts.chart;

import io.continuo.facts.notation.NotationException;
import io.continuo.facts.time.TimeSignature;
import java.util.Locale;

/**
 * A RomanText time signature with the number of beats its {@code b} positions count. RomanText
 * counts beats as music21 does (music21 {@code meter.TimeSignature}, v7 and later): compound meters
 * by their dotted beats (6/8 and 6/4 have 2, 9/8 has 3, 12/8 has 4), 3/8 and 3/16 as one beat unless
 * written {@code slow 3/8}, and {@code fast}/{@code slow} choose explicitly ({@code slow 6/8} has 6).
 * So {@code b2} in 6/8 is the second dotted quarter and {@code b1.5} in 3/4 the second eighth.
 *
 * @param signature the time signature as written ({@code C} is 4/4, {@code Cut} 2/2)
 * @param beats     how many beats a bar has for {@code b} positions
 */
record RomanTextMeter(TimeSignature signature, int beats) {

    static final RomanTextMeter COMMON_TIME = new RomanTextMeter(TimeSignature.COMMON_TIME, 4);

    /**
     * Reads {@code 3/4}, {@code 6/8}, {@code C}, {@code Cut}, {@code fast 3/8}, {@code slow 6/8}.
     *
     * @throws NotationException naming the text when it is not a time signature
     */
    static RomanTextMeter parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Boolean fast = null;
        if (value.startsWith("fast ") || value.startsWith("slow ")) {
            fast = value.startsWith("fast ");
            value = value.substring(5).strip();
        }
        TimeSignature signature = switch (value) {
            case "c", "common" -> TimeSignature.COMMON_TIME;
            case "cut" -> new TimeSignature(2, 2);
            default -> TimeSignature.parse(value);
        };
        return new RomanTextMeter(signature, beatCount(signature, fast));
    }

    /** music21's default beat partition; {@code fast} is null when the text does not say. */
    private static int beatCount(TimeSignature signature, Boolean fast) {
        int numerator = signature.beats();
        boolean compound;
        if (fast != null) {
            compound = fast;
        } else {
            // Only 3/4-like meters default to slow; 6/4 and 9/4 count dotted halves, as in music21.
            compound = !(numerator == 3 && signature.unit() < 8);
        }
        if (numerator == 2) {
            return 2;
        }
        // Compound: 3/8 is one beat, 6/8 two, 9/8 three, 12/8 four, 15/8 five...
        return compound && numerator % 3 == 0 ? numerator / 3 : numerator;
    }

    /** Where beat {@code beat} (from 1) falls in the bar, as a fraction from 0 (the downbeat) to 1. */
    double barFraction(double beat) {
        return (beat - 1) / beats;
    }
}
