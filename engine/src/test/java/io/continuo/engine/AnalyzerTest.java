package io.continuo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import io.continuo.facts.derived.RomanNumeral;
import io.continuo.facts.events.ChordEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {

    private static final Analyzer SHIPPED = Analyzer.withShippedRules();

    private static List<String> labels(Analysis analysis) {
        return analysis.romanNumerals().stream().map(RomanNumeral::label).toList();
    }

    @Test
    void everyDerivedFactCarriesTheRuleAndTheFactsItCameFrom() {
        Analysis analysis = RuleVerifier.chords("C A7 Dm G7 C", "C major").analysis();
        RomanNumeral applied = analysis.romanNumerals().get(1);
        Justification why = analysis.justificationOf(applied).orElseThrow();
        assertEquals("An applied chord is named after the triad it tonicizes", why.rule());
        assertTrue(why.premises().stream().anyMatch(p -> p instanceof ChordEvent c && c.index() == 1),
                "the A7 chord event is among the premises: " + why.premises());
        assertTrue(why.describe().contains("chord 1 (A7"), why.describe());
    }

    @Test
    void inputFactsHaveNoJustification() {
        Analysis analysis = RuleVerifier.chords("C G C", "C major").analysis();
        assertTrue(analysis.justificationOf(analysis.piece().chords().get(0)).isEmpty());
    }

    @Test
    void oneAnalyzerServesManyThreadsWithTheSameAnswers() throws Exception {
        var piece = TextChartReader.readInline("test", "C A7 Dm G7 C F#dim7 G C", ChartOptions.none());
        List<String> expected = labels(SHIPPED.analyze(piece));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> labels(SHIPPED.analyze(piece))));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRuleThatKeepsTriggeringItselfStopsWithAClearError(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("loop.drl"), """
                package test;
                import io.continuo.facts.harmony.KeyEvidence;
                rule "Evidence breeds evidence"
                when
                    $e : KeyEvidence()
                then
                    insert( new KeyEvidence( $e.key(), $e.score() + 1, "loop", -1 ) );
                end
                """);
        Analyzer looping = Analyzer.withRules(rules).withFiringBudget(500);
        var piece = TextChartReader.readInline("test", "C G C", ChartOptions.none());
        RuleLoopException error = assertThrows(RuleLoopException.class, () -> looping.analyze(piece));
        assertTrue(error.getMessage().contains("Evidence breeds evidence"), error.getMessage());
    }
}
