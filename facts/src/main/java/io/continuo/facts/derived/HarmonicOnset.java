package io.continuo.facts.derived;

/**
 * Where a new harmony begins: an event of the harmonic rhythm.
 *
 * @param chordIndex   the chord that brings the new harmony
 * @param bar          its bar, from 1
 * @param beat         its beat in the bar, from 1.0
 * @param sectionIndex its section, or -1
 */
public record HarmonicOnset(int chordIndex, int bar, double beat, int sectionIndex) {
}
