package io.continuo.facts.time;

/**
 * Where a chord falls in the metric grid and in the form: the numbers the cadence and
 * harmonic-rhythm rules weigh.
 *
 * @param chordIndex   the chord
 * @param bar          the bar it starts in, from 1
 * @param barInSection the same bar counted from the first bar of its section (from the start when there are none)
 * @param beat         the beat it starts on, from 1.0 (1.0 is the downbeat; 2.5 is halfway through beat 2)
 * @param beats        how many beats it lasts
 * @param sectionIndex the section it starts in, or -1 when the piece has no sections there
 * @param lastInSection whether no later chord starts in the same section
 */
public record MetricPosition(int chordIndex, int bar, int barInSection, double beat, double beats,
                             int sectionIndex, boolean lastInSection) {

    public static final int NO_SECTION = -1;

    /** The index of the chord after it. */
    public int nextIndex() {
        return chordIndex + 1;
    }

    /** Whether it starts on the first beat of a bar. */
    public boolean onDownbeat() {
        return Math.abs(beat - 1.0) < 1e-6;
    }
}
