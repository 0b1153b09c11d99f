package io.continuo.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import io.continuo.facts.harmony.Key;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Keeps rule tests to one line each: analyse some chords with the shipped rules, then check that a
 * named rule derived a fact of the expected shape (the happy case) or derived nothing of the kind
 * (the near miss).
 *
 * <pre>{@code
 * RuleVerifier.chords("C A7 Dm", "C major").derives(RULE, AppliedChord.class, a -> a.chordIndex() == 1);
 * }</pre>
 */
public final class RuleVerifier {

    private static final Analyzer SHIPPED = Analyzer.withShippedRules();

    private final Analysis analysis;

    private RuleVerifier(Analysis analysis) {
        this.analysis = analysis;
    }

    /** Chords as a chart writes them, one per bar without bar lines, in the given key (null to infer it). */
    public static RuleVerifier chords(String chords, String key) {
        Optional<Key> given = key == null ? Optional.empty() : Optional.of(Key.parse(key));
        return piece(TextChartReader.readInline("test", chords, new ChartOptions(given, Optional.empty(),
                Optional.empty())));
    }

    public static RuleVerifier piece(Piece piece) {
        return new RuleVerifier(SHIPPED.analyze(piece));
    }

    public Analysis analysis() {
        return analysis;
    }

    /** The facts of a type that the named rule derived; the rule must exist, so a renamed rule fails its tests. */
    public <T> List<T> derivedBy(String rule, Class<T> type) {
        boolean exists = SHIPPED.rules().kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).anyMatch(r -> r.getName().equals(rule));
        assertTrue(exists, "no shipped rule is named '" + rule + "'");
        return analysis.derivations().stream()
                .filter(d -> d.justification().rule().equals(rule) && type.isInstance(d.fact()))
                .map(d -> type.cast(d.fact())).toList();
    }

    /** Asserts that the rule derived at least one fact of the type that satisfies the check. */
    public <T> RuleVerifier derives(String rule, Class<T> type, Predicate<T> check) {
        List<T> facts = derivedBy(rule, type);
        assertTrue(facts.stream().anyMatch(check),
                "rule '" + rule + "' should derive a matching " + type.getSimpleName() + "; it derived " + facts);
        return this;
    }

    /** Asserts that the rule derived no fact of the type that satisfies the check: the near miss. */
    public <T> RuleVerifier doesNotDerive(String rule, Class<T> type, Predicate<T> check) {
        List<T> facts = derivedBy(rule, type);
        assertFalse(facts.stream().anyMatch(check),
                "rule '" + rule + "' should not derive such a " + type.getSimpleName() + "; it derived " + facts);
        return this;
    }
}
