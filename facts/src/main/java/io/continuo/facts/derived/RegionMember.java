package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** A chord inside a key region that ends at {@code regionLast}. */
public record RegionMember(int chordIndex, Key key, int regionLast) {

    public int nextIndex() {
        return chordIndex + 1;
    }
}
