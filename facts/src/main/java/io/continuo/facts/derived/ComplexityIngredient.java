package io.continuo.facts.derived;

/**
 * One ingredient of the progression's complexity, measured 0–1 and weighted by the rules.
 *
 * @param name   in plain words: "chromatic chords"
 * @param value  0–1
 * @param weight its share of the complexity score; the weights of all ingredients add up to 1
 */
public record ComplexityIngredient(String name, double value, double weight) {
}
