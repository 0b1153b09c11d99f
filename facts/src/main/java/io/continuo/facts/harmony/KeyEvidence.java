package io.continuo.facts.harmony;

/**
 * A piece of evidence for a key, with a score: a key-profile correlation from an estimator, or a
 * bonus a rule adds for a cadence. The rules weigh the evidence; no estimator decides the key.
 *
 * @param key        the key it supports
 * @param score      how strongly; correlations lie in −1…1, rule bonuses are documented with their rule
 * @param reason     in plain words: "key profile (Krumhansl–Kessler)", "V7–I cadence"
 * @param chordIndex the chord it rests on, or -1 for evidence from the whole piece
 */
public record KeyEvidence(Key key, double score, String reason, int chordIndex) {

    public static final int WHOLE_PIECE = -1;
}
