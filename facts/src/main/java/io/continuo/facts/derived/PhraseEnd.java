package io.continuo.facts.derived;

/**
 * A chord that closes a phrase: where cadences can happen.
 *
 * @param chordIndex the closing chord
 * @param kind       why it closes a phrase
 */
public record PhraseEnd(int chordIndex, PhraseEndKind kind) {

    /** The chord before the closing one: the first chord of a cadence. */
    public int previousIndex() {
        return chordIndex - 1;
    }
}
