package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.RuleVerifier;
import io.continuo.engine.document.AnalysisDocument.HarmonicRhythm;
import io.continuo.engine.document.AnalysisDocuments;
import io.continuo.facts.derived.HarmonicOnset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per rule of rules/harmony/harmonic-rhythm.drl with its near miss, and the counts made from them. */
class HarmonicRhythmRulesTest {

    static final String FIRST = "The first chord begins the harmonic rhythm";
    static final String CHANGE = "Each change of harmony is an event of the harmonic rhythm";

    @Test
    void theFirstChordBeginsTheHarmonicRhythm() {
        RuleVerifier.chords("C F", "C major")
                .derives(FIRST, HarmonicOnset.class, o -> o.chordIndex() == 0 && o.bar() == 1)
                .doesNotDerive(FIRST, HarmonicOnset.class, o -> o.chordIndex() == 1);
    }

    @Test
    void eachChangeOfHarmonyIsAnEventOfTheHarmonicRhythm() {
        RuleVerifier.chords("| C F | G |", "C major")
                .derives(CHANGE, HarmonicOnset.class, o -> o.chordIndex() == 1 && o.bar() == 1 && o.beat() == 3.0);
        // Near miss: C/E re-voices C; it brings no new harmony.
        RuleVerifier.chords("| C C/E | G |", "C major").doesNotDerive(CHANGE, HarmonicOnset.class, o -> o.chordIndex() == 1);
    }

    @Test
    void theRhythmIsCountedPerBarAndPosition() {
        var analysis = RuleVerifier.chords("| C | C | F G7 | C |", "C major").analysis();
        HarmonicRhythm rhythm = AnalysisDocuments.of(analysis).harmonicAnalysis().harmonicRhythm();
        assertEquals(0.75, rhythm.changesPerBar()); // F, G7, C: three changes in four bars (the first C is none)
        assertEquals(Map.of("beat_1", 2, "beat_3", 1), rhythm.changePositions());
        // The cadence G7–C arrives in bar 4: bars 3–4 hold three changes, 1.5 a bar against a mean of 0.75.
        assertEquals(2.0, rhythm.cadentialAcceleration());
    }
}
