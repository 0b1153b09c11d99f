package io.continuo.facts.derived;

/**
 * The next change of harmony after a chord: the first later chord with another root or triad. A
 * chord repeated in the next bar, or over another bass, is the same harmony held on.
 *
 * @param chordIndex the chord
 * @param nextIndex  the first later chord of a different harmony
 */
public record NextHarmony(int chordIndex, int nextIndex) {
}
