package io.continuo.facts.harmony;

/** The triad at the core of a chord, read from its third and fifth. */
public enum TriadType {
    MAJOR, MINOR, DIMINISHED, AUGMENTED,
    /** No third: a suspended second or fourth takes its place. */
    SUSPENDED,
    /** Neither third nor suspension: a power chord or a bare root. */
    OPEN;

    /** Major and minor triads are the consonant ones; only they can be tonicized (Aldwell & Schachter). */
    public boolean isConsonant() {
        return this == MAJOR || this == MINOR;
    }
}
