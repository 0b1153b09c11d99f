package io.continuo.facts.time;

/**
 * The chord sounding on a bar's downbeat, whether struck there or held over from before: what a
 * per-bar progression such as the 12-bar blues reads.
 *
 * @param bar        the bar, from 1
 * @param chordIndex the chord sounding at its first beat
 */
public record Downbeat(int bar, int chordIndex) {
}
