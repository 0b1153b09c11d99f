package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** The music around a chord clearly favours a key other than the key of the piece. */
public record KeyLean(int chordIndex, Key key) {
}
