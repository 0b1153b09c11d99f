package io.continuo.facts.chart;

import io.continuo.facts.Piece;
import java.util.List;
import java.util.Optional;

/**
 * A RomanText analysis read: the piece its numerals spell out, ready for the rules, and the
 * analyst's reading of each chord, for the evaluation.
 *
 * @param piece    the chords the numerals stand for, timed from measures and beats; no given key
 * @param composer the {@code Composer:} header, if any
 * @param analyst  the {@code Analyst:} header, if any
 * @param readings one reading per chord event, in the same order
 */
public record RomanTextAnalysis(Piece piece, Optional<String> composer, Optional<String> analyst,
                                List<RomanNumeralReading> readings) {

    public RomanTextAnalysis {
        readings = List.copyOf(readings);
        if (readings.size() != piece.chords().size()) {
            throw new IllegalArgumentException(readings.size() + " readings for " + piece.chords().size() + " chords");
        }
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).chordIndex() != i) {
                throw new IllegalArgumentException("reading " + i + " is of chord " + readings.get(i).chordIndex());
            }
        }
    }
}
