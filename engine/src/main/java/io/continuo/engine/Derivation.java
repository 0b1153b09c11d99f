package io.continuo.engine;

/**
 * A fact the rules derived, with the reason.
 *
 * @param fact          the derived fact (a record from {@code io.continuo.facts.derived} or one a rule file declares)
 * @param justification the rule and premises that produced it
 */
public record Derivation(Object fact, Justification justification) {
}
