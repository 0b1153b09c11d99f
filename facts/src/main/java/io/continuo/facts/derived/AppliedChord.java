package io.continuo.facts.derived;

import io.continuo.facts.harmony.ScaleTriad;

/**
 * A chord that borrows the dominant or leading-tone function of another key to tonicize one of the
 * key's own triads: A7 in C major is the dominant of ii.
 *
 * @param chordIndex the applied chord
 * @param target     the triad it tonicizes
 */
public record AppliedChord(int chordIndex, ScaleTriad target) {
}
