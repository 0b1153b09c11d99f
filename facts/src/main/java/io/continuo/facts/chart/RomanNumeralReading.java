package io.continuo.facts.chart;

import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.RomanNumeralFigure;
import java.util.Optional;

/**
 * An analyst's reading of one chord in a RomanText analysis: the key in force and the numeral as
 * written. Kept beside the chord event it produced, so that an evaluation can set the analyst's
 * reading against the rules' reading of the same chord.
 *
 * @param chordIndex the chord event it produced ({@code piece.chords().get(chordIndex)})
 * @param measure    the measure number as the analysis writes it (0 for an anacrusis; an ending's
 *                   letter is dropped, so m28a and m28b are both 28)
 * @param beat       the beat in the measure, from 1, counted as RomanText counts them (2 beats in 6/8)
 * @param key        the key in force, in which the numeral is read
 * @param numeral    the numeral as written, parsed ({@code numeral.text()} is the original figure)
 * @param keyChange  whether the analysis names a key just before this chord ({@code m5 G: I})
 * @param phraseEnd  whether a phrase boundary {@code ||} follows the chord
 * @param pivot      the same chord read again in a new key, when the analysis gives a pivot chord
 *                   ({@code m2 I || f: III}: I in the old key, III in F minor)
 */
public record RomanNumeralReading(int chordIndex, int measure, double beat, Key key, RomanNumeralFigure numeral,
                                  boolean keyChange, boolean phraseEnd, Optional<PivotReading> pivot) {

    /** A pivot chord's second reading: the new key and the numeral in it. */
    public record PivotReading(Key key, RomanNumeralFigure numeral) {
    }

    /** The figure as the analyst wrote it: {@code V65/V}. */
    public String figure() {
        return numeral.text();
    }

    /** Whether the analyst reads the chord as applied to another degree (tonicizing it): {@code V7/ii}. */
    public boolean isApplied() {
        return numeral.isApplied();
    }

    /** The key the numeral itself is read in: the tonicized key for an applied chord, else {@link #key()}. */
    public Key tonicizedKey() {
        return numeral.keyReadIn(key);
    }
}
