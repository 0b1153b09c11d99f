package io.continuo.facts.derived;

/**
 * How complex the harmony is, 0 (plain) to 1: the weighted sum of its {@link ComplexityIngredient}s.
 *
 * @param score 0–1
 */
public record ProgressionComplexity(double score) {
}
