package io.continuo.facts.harmony;

/** The seventh above a chord's root, if it has one. A diminished seventh is spelled as a seventh (Bb–Ab), not a sixth. */
public enum SeventhType {
    NONE, MINOR, MAJOR, DIMINISHED
}
