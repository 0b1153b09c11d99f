package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/**
 * Consecutive chords leaning to the same key, from {@code start} to {@code last}.
 */
public record KeyRun(int start, int last, Key key) {

    public int length() {
        return last - start + 1;
    }

    public int nextIndex() {
        return last + 1;
    }
}
