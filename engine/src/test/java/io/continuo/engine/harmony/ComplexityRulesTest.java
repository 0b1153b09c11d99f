package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.ChromaticChord;
import io.continuo.facts.derived.ComplexityIngredient;
import io.continuo.facts.derived.ProgressionComplexity;
import org.junit.jupiter.api.Test;

/** One test per rule of rules/harmony/complexity.drl, each with its near miss. */
class ComplexityRulesTest {

    private static double ingredient(RuleVerifier verifier, String name) {
        return verifier.analysis().all(ComplexityIngredient.class).stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow().value();
    }

    private static double score(RuleVerifier verifier) {
        return verifier.analysis().all(ProgressionComplexity.class).get(0).score();
    }

    @Test
    void aChordWithAToneForeignToTheKeyIsChromatic() {
        RuleVerifier.chords("C Ab G C", "C major")
                .derives("A chord with a tone foreign to the key is chromatic", ChromaticChord.class, c -> c.chordIndex() == 1)
                .doesNotDerive("A chord with a tone foreign to the key is chromatic", ChromaticChord.class,
                        c -> c.chordIndex() == 2);
    }

    @Test
    void eachIngredientMeasuresItsShare() {
        RuleVerifier plain = RuleVerifier.chords("C F G C", "C major");
        RuleVerifier colourful = RuleVerifier.chords("C A7 Dm7 G7 Cmaj7 Ab7 Db/F G13", "C major");
        assertEquals(0.0, ingredient(plain, "chromatic chords"));
        assertEquals(0.0, ingredient(plain, "applied chords"));
        assertEquals(0.0, ingredient(plain, "sevenths and extensions"));
        assertEquals(0.375, ingredient(plain, "vocabulary variety"), 1e-9); // 1.5 bits of four
        assertEquals(0.375, ingredient(plain, "harmonic rhythm"));         // three changes in four bars
        assertEquals(3.0 / 8, ingredient(colourful, "chromatic chords"), 1e-9);
        assertEquals(1.0 / 8, ingredient(colourful, "applied chords"), 1e-9);
        assertEquals(6.0 / 8, ingredient(colourful, "sevenths and extensions"), 1e-9);
    }

    @Test
    void theScoreIsTheWeightedSumAndGrowsWithColour() {
        RuleVerifier plain = RuleVerifier.chords("C F G C", "C major");
        assertEquals(0.0, ingredient(plain, "key changes"));
        assertEquals(0.375 * 0.2 + 0.375 * 0.15, score(plain), 1e-3);
        assertTrue(score(RuleVerifier.chords("C A7 Dm7 G7 Cmaj7 Ab7 Db/F G13", "C major")) > score(plain) + 0.2);
    }
}
