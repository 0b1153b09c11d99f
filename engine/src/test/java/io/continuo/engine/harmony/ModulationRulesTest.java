package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.KeyLean;
import io.continuo.facts.derived.KeyRegion;
import io.continuo.facts.derived.LocalKey;
import io.continuo.facts.derived.Modulation;
import io.continuo.facts.derived.ModulationType;
import io.continuo.facts.derived.RomanNumeral;
import org.junit.jupiter.api.Test;

/** The rules of key-regions.drl and modulations.drl, each with its near miss. */
class ModulationRulesTest {

    /** Eight bars of C major, eight of D major, eight of C major again. */
    static final String TO_D_AND_BACK = "| C | F | G7 | C | Am | Dm | G7 | C "
            + "| D | G | A7 | D | Bm | Em | A7 | D "
            + "| F | G7 | C | F | Dm | G7 | C | C |";

    @Test
    void aStretchClearlyInAnotherKeyLeansToItAndBecomesARegion() {
        RuleVerifier verifier = RuleVerifier.chords(TO_D_AND_BACK, "C major");
        verifier.derives("A chord whose surroundings clearly favour another key leans to that key", KeyLean.class,
                        l -> l.chordIndex() == 11 && l.key().name().equals("D major"))
                .derives("Four chords in a row leaning to one key make a key region", KeyRegion.class,
                        r -> r.key().name().equals("D major") && r.start() <= 11 && r.last() >= 15);
        // Near miss: one secondary dominant does not make a region.
        RuleVerifier.chords("C F G7 C Am D7 G7 C", "C major")
                .doesNotDerive("Four chords in a row leaning to one key make a key region", KeyRegion.class, r -> true);
    }

    @Test
    void chordsAreReadInTheirLocalKey() {
        RuleVerifier verifier = RuleVerifier.chords(TO_D_AND_BACK, "C major");
        verifier.derives("A chord in a key region is read in the region's key", LocalKey.class,
                        k -> k.chordIndex() == 11 && k.key().name().equals("D major"))
                .derives("A chord outside every key region is read in the key of the piece", LocalKey.class,
                        k -> k.chordIndex() == 0 && k.key().name().equals("C major"));
        RomanNumeral a7 = verifier.analysis().romanNumerals().get(14);
        assertEquals("V7", a7.label()); // the second A7 is V7 in D major, not V7/ii in C
    }

    @Test
    void aModulationIsFoundWhereTheLocalKeyChanges() {
        RuleVerifier verifier = RuleVerifier.chords(TO_D_AND_BACK, "C major");
        var modulations = verifier.analysis().all(Modulation.class);
        assertEquals(true, modulations.stream().anyMatch(m -> m.from().name().equals("C major")
                && m.to().name().equals("D major")), modulations.toString());
        assertEquals(true, modulations.stream().anyMatch(m -> m.from().name().equals("D major")
                && m.to().name().equals("C major")), modulations.toString());
        // Near miss: a piece in one key has no modulation.
        RuleVerifier.chords("| C | F | G7 | C | Am | Dm | G7 | C |", "C major")
                .doesNotDerive("Pivot modulation: the last chord of the old key belongs to the new", Modulation.class, m -> true);
    }

    /** C major, then G major and D major, and home to C. */
    static final String THROUGH_G_AND_D = "| C | F | G7 | C | Am | Dm | G7 | C "
            + "| Em | A7 | D | G | A7 | D | Em7 A7 | D | D | G | A7 | D | G | D | A7 | D "
            + "| G7 | C | F | Dm | G7 | C | F G7 | C |";

    @Test
    void aPivotChordBelongsToBothKeys() {
        RuleVerifier.chords(THROUGH_G_AND_D, "C major").derives(
                "Pivot modulation: the last chord of the old key belongs to the new", Modulation.class,
                m -> m.type() == ModulationType.PIVOT && m.from().name().equals("C major")
                        && m.pivotChord().equals("C (I in C major = IV in G major)"));
    }

    @Test
    void cadencesAndPatternsDoNotRunAcrossAChangeOfKey() {
        var analysis = RuleVerifier.chords(TO_D_AND_BACK, "C major").analysis();
        // D (I in D major) then F and G7 (IV and V7 in C) is no I-IV-V.
        assertEquals(false, analysis.patternOccurrences().stream().anyMatch(o -> o.pattern().equals("I-IV-V")
                && analysis.romanNumerals().get(o.startIndex()).key().name().equals("D major")));
        analysis.cadences().forEach(c -> assertEquals(analysis.romanNumerals().get(c.chordIndex()).key(),
                analysis.romanNumerals().get(c.chordIndex() - 1).key(), c.toString()));
    }
}
