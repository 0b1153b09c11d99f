package io.continuo.facts.derived;

import java.util.Locale;

/**
 * The harmonic functions of functional theory (Riemann; Kostka &amp; Payne call the subdominant group
 * "predominant"). Tonic substitutes (vi, iii) share tones with the tonic and can stand in for it.
 */
public enum TonalFunction {
    TONIC, SUBDOMINANT, DOMINANT, TONIC_SUBSTITUTE;

    /** The name as the JSON writes it: tonic, subdominant, dominant, tonic_substitute. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
