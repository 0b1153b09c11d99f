package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.FifthsChain;
import io.continuo.facts.derived.NextHarmony;
import io.continuo.facts.derived.PatternOccurrence;
import io.continuo.facts.derived.PatternProgress;
import io.continuo.facts.derived.ProgressionPattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per rule of harmonic-changes.drl, pattern-matching.drl and circle-of-fifths.drl, each
 * with its near miss, and one per row of the pattern library (progression-patterns.drl.csv).
 */
class PatternRulesTest {

    static final String CHANGES = "The harmony changes when the next chord has another root or triad";
    static final String HANDS_ON = "A repeated chord hands on the change that follows it";
    static final String BEGINS = "A progression pattern may begin on a chord with its first numeral";
    static final String CONTINUES = "A progression pattern continues on a chord with its next numeral";
    static final String HOLDS = "A progression pattern holds over a repeated chord";
    static final String BAR_BEGINS = "A per-bar pattern may begin on a bar with its first numeral";
    static final String BAR_CONTINUES = "A per-bar pattern continues on a bar with its next numeral";
    static final String FOUND = "A progression pattern is found when all its numerals follow in order";
    static final String CHAIN_BEGINS = "A chain of falling fifths begins where a root first falls a fifth";
    static final String CHAIN_GROWS = "A chain of falling fifths grows by each root a fifth lower";
    static final String CIRCLE = "Four or more falling fifths in a row are a circle-of-fifths progression";

    private static boolean named(PatternProgress progress, String name) {
        return progress.pattern().name().equals(name);
    }

    @Test
    void theHarmonyChangesWhenTheNextChordHasAnotherRootOrTriad() {
        RuleVerifier.chords("C F", "C major").derives(CHANGES, NextHarmony.class, n -> n.nextIndex() == 1);
        RuleVerifier.chords("C C/E", "C major").doesNotDerive(CHANGES, NextHarmony.class, n -> true);
    }

    @Test
    void aRepeatedChordHandsOnTheChangeThatFollowsIt() {
        RuleVerifier.chords("C Cmaj7/E F", "C major")
                .derives(HANDS_ON, NextHarmony.class, n -> n.chordIndex() == 0 && n.nextIndex() == 2);
        RuleVerifier.chords("C Am F", "C major").doesNotDerive(HANDS_ON, NextHarmony.class, n -> true);
    }

    @Test
    void aProgressionPatternMayBeginOnAChordWithItsFirstNumeral() {
        RuleVerifier.chords("C C G", "C major")
                .derives(BEGINS, PatternProgress.class, p -> named(p, "I-V-vi-IV") && p.startChord() == 0)
                .doesNotDerive(BEGINS, PatternProgress.class, p -> p.startChord() == 1); // a repeat does not restart it
        // Near miss: a major-mode pattern does not begin in a minor key (A D E in A minor reads I IV V).
        RuleVerifier.chords("A D E", "A minor").doesNotDerive(BEGINS, PatternProgress.class, p -> named(p, "I-IV-V"));
    }

    @Test
    void aProgressionPatternContinuesOnAChordWithItsNextNumeral() {
        RuleVerifier.chords("Dm7 G7 Cmaj7", "C major")
                .derives(CONTINUES, PatternProgress.class, p -> named(p, "ii-V-I") && p.matched() == 3);
        RuleVerifier.chords("Dm7 G7 Am7", "C major")
                .doesNotDerive(CONTINUES, PatternProgress.class, p -> named(p, "ii-V-I") && p.matched() == 3);
    }

    @Test
    void aProgressionPatternHoldsOverARepeatedChord() {
        RuleVerifier.chords("Dm7 Dm7 G7 C", "C major")
                .derives(HOLDS, PatternProgress.class, p -> named(p, "ii-V-I") && p.matched() == 1 && p.lastChord() == 1);
        RuleVerifier.chords("Dm7 Em7 G7 C", "C major").doesNotDerive(HOLDS, PatternProgress.class, p -> named(p, "ii-V-I"));
    }

    @Test
    void aPerBarPatternBeginsAndContinuesBarByBar() {
        String blues = "| C7 | C7 | C7 | C7 | F7 | F7 | C7 | C7 | G7 | F7 | C7 | C7 |";
        RuleVerifier.chords(blues, "C major")
                .derives(BAR_BEGINS, PatternProgress.class, p -> named(p, "12-bar blues") && p.start() == 1)
                .derives(BAR_CONTINUES, PatternProgress.class, p -> named(p, "12-bar blues") && p.matched() == 12);
        // Near miss: a chord held over bar 5 where IV belongs breaks the form there.
        RuleVerifier.chords("| C7 | C7 | C7 | C7 | C7 | F7 | C7 | C7 | G7 | F7 | C7 | C7 |", "C major")
                .doesNotDerive(BAR_CONTINUES, PatternProgress.class, p -> named(p, "12-bar blues") && p.matched() == 12);
    }

    @Test
    void aProgressionPatternIsFoundWhenAllItsNumeralsFollowInOrder() {
        RuleVerifier.chords("C G Am F", "C major")
                .derives(FOUND, PatternOccurrence.class, o -> o.pattern().equals("I-V-vi-IV") && o.endIndex() == 3);
        RuleVerifier.chords("C G Am", "C major").doesNotDerive(FOUND, PatternOccurrence.class, o -> true);
    }

    @Test
    void aChainOfFallingFifthsBeginsAndGrows() {
        RuleVerifier.chords("C Am7 D7 G7 C", "C major")
                .derives(CHAIN_BEGINS, FifthsChain.class, c -> c.startIndex() == 1 && c.links() == 1)
                .derives(CHAIN_GROWS, FifthsChain.class, c -> c.startIndex() == 1 && c.links() == 3)
                .doesNotDerive(CHAIN_BEGINS, FifthsChain.class, c -> c.startIndex() == 2); // reached by a fifth
    }

    @Test
    void fourOrMoreFallingFifthsInARowAreACircleOfFifthsProgression() {
        RuleVerifier.chords("Em7 A7 Dm7 G7 C", "C major")
                .derives(CIRCLE, PatternOccurrence.class, o -> o.startIndex() == 0 && o.endIndex() == 4);
        RuleVerifier.chords("A7 Dm7 G7 C", "C major").doesNotDerive(CIRCLE, PatternOccurrence.class, o -> true);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I-V-vi-IV           | C G Am F                | C major
            vi-IV-I-V           | Am F C G                | C major
            I-vi-IV-V           | C Am F G                | C major
            I-IV-V              | C F G                   | C major
            ii-V-I              | Dm7 G7 Cmaj7            | C major
            ii-V-i              | Bm7b5 E7 Am             | A minor
            Andalusian cadence  | Am G F E                | A minor
            Pachelbel           | D A Bm F#m G D G A      | D major
            12-bar blues        | C C C C F F C C G F C G | C major
            """)
    void everyLibraryRowFindsItsProgression(String pattern, String chords, String key) {
        List<String> found = RuleVerifier.chords(chords, key).analysis().patternOccurrences().stream()
                .map(PatternOccurrence::pattern).toList();
        assertEquals(true, found.contains(pattern), found.toString());
    }

    @Test
    void theLibraryRowsReadAsPatterns() {
        assertEquals(9, RuleVerifier.chords("C", "C major").analysis().all(ProgressionPattern.class).size());
    }
}
