package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** The key a chord is read in: its key region's, or else the key of the piece. */
public record LocalKey(int chordIndex, Key key) {

    public int previousIndex() {
        return chordIndex - 1;
    }
}
