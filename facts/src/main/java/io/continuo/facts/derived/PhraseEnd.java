package io.continuo.facts.derived;

/**
 * A chord that closes a phrase: where cadences can happen.
 *
 * @param chordIndex the closing chord
 * @param kind       why it closes a phrase
 */
public record PhraseEnd(int chordIndex, PhraseEndKind kind) {
}
