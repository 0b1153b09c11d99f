package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** The key the piece is analysed in, and whether it was given or inferred. */
public record TonalCentre(Key key, KeySource source) {
}
