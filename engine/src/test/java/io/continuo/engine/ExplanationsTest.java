package io.continuo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import io.continuo.facts.derived.Cadence;
import io.continuo.facts.derived.PhraseEnd;
import io.continuo.facts.derived.PhraseEndKind;
import io.continuo.facts.derived.RomanNumeral;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sentences come from the rules' @explain templates, filled for each derived fact. */
class ExplanationsTest {

    @Test
    void aCadenceIsExplainedInAMusiciansWords() {
        Analysis analysis = RuleVerifier.chords("| C | F | G7 | C |", "C major").analysis();
        Cadence cadence = analysis.cadences().get(0);
        assertEquals("G7 → C at bar 4 closes the phrase on the tonic, both chords in root position: perfect "
                + "authentic cadence (V7-I).", Explanations.of(analysis, cadence).orElseThrow());
    }

    @Test
    void nestedComponentsAndTheKeyAreFilledIn() {
        Analysis analysis = RuleVerifier.chords("C A7 Dm", "C major").analysis();
        RomanNumeral applied = analysis.romanNumerals().get(1);
        assertEquals("A7 at bar 2 tonicizes ii: V7/ii.", Explanations.of(analysis, applied).orElseThrow());
        assertEquals("The piece is analysed in C major, the key it was given.",
                Explanations.of(analysis, analysis.tonalCentre().orElseThrow()).orElseThrow());
    }

    @Test
    void aRuleWithoutTemplateHasNoSentenceAndAnUnknownPlaceholderStaysVisible(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("mine.drl"), """
                package test;
                import io.continuo.facts.events.ChordEvent;
                import io.continuo.facts.derived.PhraseEnd;
                import io.continuo.facts.derived.PhraseEndKind;
                rule "Every chord closes a phrase"
                    @explain("{chord} closes a {kind} phrase at bar {bar}, {nosuchthing}.")
                when
                    $c : ChordEvent()
                then
                    insertLogical( new PhraseEnd( $c.index(), PhraseEndKind.PIECE_END ) );
                end
                rule "Silent rule"
                when
                    $c : ChordEvent( index == 0 )
                then
                    insertLogical( new PhraseEnd( $c.index(), PhraseEndKind.SECTION_END ) );
                end
                """);
        Analysis analysis = Analyzer.withRules(rules).analyze(TextChartReader.readInline("t", "C G", ChartOptions.none()));
        PhraseEnd end = new PhraseEnd(1, PhraseEndKind.PIECE_END);
        assertEquals("G closes a piece end phrase at bar 2, {nosuchthing}.", Explanations.of(analysis, end).orElseThrow());
        PhraseEnd silent = new PhraseEnd(0, PhraseEndKind.SECTION_END);
        assertTrue(analysis.justificationOf(silent).isPresent());
        assertTrue(Explanations.of(analysis, silent).isEmpty());
    }
}
