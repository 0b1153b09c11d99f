package io.continuo.facts.time;

/**
 * A labelled span of the form: verse, chorus, bridge.
 *
 * @param index the section's place in the piece, from 0
 * @param label its name as the source gives it
 * @param start seconds from the start
 * @param end   seconds from the start
 */
public record Section(int index, String label, double start, double end) {
}
