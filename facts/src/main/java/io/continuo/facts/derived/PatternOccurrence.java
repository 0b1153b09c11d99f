package io.continuo.facts.derived;

/**
 * A named progression found in the music.
 *
 * @param pattern    the pattern's name
 * @param startIndex its first chord
 * @param endIndex   its last chord
 */
public record PatternOccurrence(String pattern, int startIndex, int endIndex) {
}
