package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/**
 * A progression pattern matched so far: its first {@code matched} numerals, from the chord (or, for
 * a per-bar pattern, the bar) {@code start} to {@code last}. The matching rules extend it one
 * chord or bar at a time.
 *
 * @param pattern    the pattern
 * @param start      the first chord index, or the first bar for a per-bar pattern
 * @param matched    how many numerals have matched
 * @param last       the last chord index, or the last bar, matched so far
 * @param startChord the first chord (for a per-bar pattern, the chord on the first bar's downbeat)
 * @param lastChord  the last chord matched so far
 * @param key        the key its numerals are read in: a pattern does not run across a change of key
 */
public record PatternProgress(ProgressionPattern pattern, int start, int matched, int last, int startChord,
                              int lastChord, Key key) {

    public boolean isComplete() {
        return matched == pattern.length();
    }

    /** The bar after the last one matched, for a per-bar pattern. */
    public int nextBar() {
        return last + 1;
    }

    /** The chord after the last one matched. */
    public int nextChord() {
        return lastChord + 1;
    }

    /** Whether a chord with this core numeral can come next. */
    public boolean acceptsNext(String core) {
        return !isComplete() && pattern.accepts(matched, core);
    }
}
