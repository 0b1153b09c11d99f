package io.continuo.facts.derived;

import java.util.Locale;

/** The cadences of tonal theory (Caplin 1998; Aldwell &amp; Schachter). */
public enum CadenceType {
    /** V–I with both chords in root position. */
    PERFECT_AUTHENTIC,
    /** V–I with either chord inverted. */
    IMPERFECT_AUTHENTIC,
    /** IV–I, the "amen" cadence. */
    PLAGAL,
    /** A phrase that stops on V. */
    HALF,
    /** iv6–V in minor: the bass descends a semitone onto the dominant. */
    PHRYGIAN_HALF,
    /** V resolving to vi (bVI in minor) where the tonic was expected. */
    DECEPTIVE;

    /** The name as the JSON writes it: perfect_authentic, half, …. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
