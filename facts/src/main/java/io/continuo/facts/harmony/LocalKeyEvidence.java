package io.continuo.facts.harmony;

/**
 * Key evidence for the music around one chord: a key-profile correlation over a window of bars
 * centred on it. An estimator gives the three best keys per chord; the key-region rules decide.
 *
 * @param chordIndex the chord at the window's centre
 * @param key        a candidate key
 * @param score      its correlation, −1…1
 * @param rank       1 for the best key of the window, 2 and 3 for the next
 */
public record LocalKeyEvidence(int chordIndex, Key key, double score, int rank) {
}
