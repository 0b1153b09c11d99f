package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** A stretch of the piece in a key of its own: chords {@code start} to {@code last}. */
public record KeyRegion(int start, int last, Key key) {
}
