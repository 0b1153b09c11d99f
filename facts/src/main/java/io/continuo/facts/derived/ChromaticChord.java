package io.continuo.facts.derived;

/** A chord with a tone foreign to the key of the piece. */
public record ChromaticChord(int chordIndex) {
}
