package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/**
 * A change of key.
 *
 * @param from       the key left
 * @param to         the key reached
 * @param chordIndex the first chord in the new key
 * @param pivotChord the chord read in both keys, for a pivot modulation ("Am (vi in C major = ii in G major)"), else null
 * @param type       pivot, common-tone or direct
 */
public record Modulation(Key from, Key to, int chordIndex, String pivotChord, ModulationType type) {
}
