package io.continuo.facts.derived;

/**
 * The function a chord has in its key.
 *
 * @param chordIndex    the chord
 * @param romanNumeral  the numeral it was read as, e.g. V7/ii
 * @param function      tonic, subdominant, dominant or tonic substitute
 */
public record HarmonicFunction(int chordIndex, String romanNumeral, TonalFunction function) {
}
