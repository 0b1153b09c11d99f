package io.continuo.facts.derived;

/**
 * Consecutive harmonies whose roots each fall a fifth, from the chord {@code startIndex} to the
 * chord {@code lastIndex} (a repeated chord counts once).
 *
 * @param startIndex the first chord
 * @param lastIndex  the first chord of the last harmony so far
 * @param links      how many falling fifths the chain holds
 */
public record FifthsChain(int startIndex, int lastIndex, int links) {
}
