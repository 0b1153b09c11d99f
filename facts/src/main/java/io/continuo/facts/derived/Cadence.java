package io.continuo.facts.derived;

/**
 * A cadence: the close of a phrase, identified by its last two chords.
 *
 * @param type        which cadence
 * @param progression the two numerals, e.g. "V7-I"
 * @param chordIndex  the arrival chord (the last of the two)
 * @param time        when the arrival chord starts, in seconds
 * @param strength    0–1, from the root position of both chords, the arrival's metric position, the
 *                    kind of phrase end and the arrival's length (the formula is in rules/harmony/cadences.drl)
 */
public record Cadence(CadenceType type, String progression, int chordIndex, double time, double strength) {
}
