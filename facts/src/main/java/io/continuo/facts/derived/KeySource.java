package io.continuo.facts.derived;

/** Where the key of the analysis comes from. */
public enum KeySource {
    /** Named by the user or the source (a chart's {@code key:} line). */
    GIVEN,
    /** Inferred by the rules from the weighed key evidence. */
    INFERRED
}
