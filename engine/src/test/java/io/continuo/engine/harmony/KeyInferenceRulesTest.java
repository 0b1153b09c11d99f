package io.continuo.engine.harmony;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.KeySource;
import io.continuo.facts.derived.KeySupport;
import io.continuo.facts.derived.TonalCentre;
import io.continuo.facts.harmony.KeyEvidence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One test per rule of rules/harmony/key-inference.drl and key-evidence.drl, each with its near miss. */
class KeyInferenceRulesTest {

    static final String NAMED_KEY = "A named key is the key of the piece";
    static final String EVIDENCE_ADDS_UP = "The evidence for a candidate key adds up";
    static final String BEST_SUPPORTED = "The best-supported key is the key of the piece";
    static final String DOMINANT_SEVENTH = "A dominant seventh resolving down a fifth confirms the key of its resolution";
    static final String CLOSING_CADENCE = "A closing dominant-to-tonic cadence suggests the tonic";
    static final String FIRST_CHORD = "The first chord suggests the tonic";

    @Test
    void aNamedKeyIsTheKeyOfThePiece() {
        RuleVerifier.chords("C F G C", "A minor")
                .derives(NAMED_KEY, TonalCentre.class, c -> c.key().name().equals("A minor")
                        && c.source() == KeySource.GIVEN)
                .doesNotDerive(BEST_SUPPORTED, TonalCentre.class, c -> true);
        RuleVerifier.chords("C F G C", null).doesNotDerive(NAMED_KEY, TonalCentre.class, c -> true);
    }

    @Test
    void theEvidenceForACandidateKeyAddsUp() {
        RuleVerifier chords = RuleVerifier.chords("F Bb C7 F", null);
        chords.derives(EVIDENCE_ADDS_UP, KeySupport.class, s -> s.key().name().equals("F major") && s.total() > 1.0);
        RuleVerifier.chords("F Bb C7 F", "F major").doesNotDerive(EVIDENCE_ADDS_UP, KeySupport.class, s -> true);
    }

    @Test
    void theBestSupportedKeyIsTheKeyOfThePiece() {
        RuleVerifier.chords("Am Dm E7 Am", null)
                .derives(BEST_SUPPORTED, TonalCentre.class, c -> c.key().name().equals("A minor")
                        && c.source() == KeySource.INFERRED)
                .doesNotDerive(BEST_SUPPORTED, TonalCentre.class, c -> c.key().name().equals("C major"));
    }

    @Test
    void keysSpelledTwoWaysStillGiveOneKeyOfThePiece() {
        // The profile spells the tonic F# (as most chords do); the V7–I rule names the key of Gb.
        var analysis = RuleVerifier.chords("F# B F# B Db7 Gb", null).analysis();
        assertEquals(1, analysis.all(TonalCentre.class).size(), analysis.all(TonalCentre.class).toString());
        assertEquals(6, analysis.romanNumerals().size());
    }

    @Test
    void aDominantSeventhResolvingDownAFifthConfirmsTheKeyOfItsResolution() {
        RuleVerifier.chords("Dm G7 C Am", null)
                .derives(DOMINANT_SEVENTH, KeyEvidence.class, e -> e.key().name().equals("C major"));
        // Near misses: a plain triad is no dominant seventh, and V7 moving to vi is no resolution to a tonic.
        RuleVerifier.chords("Dm G C Am", null).doesNotDerive(DOMINANT_SEVENTH, KeyEvidence.class, e -> true);
        RuleVerifier.chords("C G7 Am F", null).doesNotDerive(DOMINANT_SEVENTH, KeyEvidence.class, e -> true);
    }

    @Test
    void aClosingDominantToTonicCadenceSuggestsTheTonic() {
        RuleVerifier.chords("C F B Em", null)
                .derives(CLOSING_CADENCE, KeyEvidence.class, e -> e.key().name().equals("E minor") && e.chordIndex() == 3);
        // Near misses: the piece ends on Em without its dominant, or with a plagal IV–I.
        RuleVerifier.chords("C F G Em", null).doesNotDerive(CLOSING_CADENCE, KeyEvidence.class, e -> true);
        RuleVerifier.chords("B Em F C", null).doesNotDerive(CLOSING_CADENCE, KeyEvidence.class, e -> true);
    }

    @Test
    void theFirstChordSuggestsTheTonic() {
        RuleVerifier.chords("Dm F G C", null)
                .derives(FIRST_CHORD, KeyEvidence.class, e -> e.key().name().equals("D minor") && e.chordIndex() == 0);
        RuleVerifier.chords("Bdim F G C", null).doesNotDerive(FIRST_CHORD, KeyEvidence.class, e -> true);
    }
}
