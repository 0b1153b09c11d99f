package io.continuo.facts.events;

import io.continuo.facts.harmony.ChordSymbol;
import java.util.Locale;

/**
 * A chord sounding over a span of time, in its place in the progression. Rules join a chord to its
 * neighbours by {@code index}, never to every other chord.
 *
 * @param index its place in the progression, from 0
 * @param chord the chord
 * @param start seconds from the start
 * @param end   seconds from the start
 */
public record ChordEvent(int index, ChordSymbol chord, double start, double end) {

    public ChordEvent {
        if (index < 0) {
            throw new IllegalArgumentException("chord indices start at 0, got " + index);
        }
        if (!(end > start)) {
            throw new IllegalArgumentException("a chord must end after it starts: " + start + " to " + end);
        }
    }

    /** The index of the chord after it: rules join neighbours through a bound index, which Drools can look up. */
    public int nextIndex() {
        return index + 1;
    }

    /** The index of the chord before it (-1 for the first). */
    public int previousIndex() {
        return index - 1;
    }

    public double duration() {
        return end - start;
    }

    /** "chord 3 (G7, 4.00–6.00 s)": how an explanation names it. */
    public String describe() {
        // Locale.ROOT: explanations read "4.00", not "4,00", whatever the machine's locale.
        return String.format(Locale.ROOT, "chord %d (%s, %.2f–%.2f s)", index, chord.symbol(), start, end);
    }
}
