package io.continuo.facts.derived;

import io.continuo.facts.harmony.Key;

/** The summed evidence for one candidate key. */
public record KeySupport(Key key, double total) {
}
