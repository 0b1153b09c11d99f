package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.AppliedChord;
import io.continuo.facts.derived.RomanNumeral;
import io.continuo.facts.harmony.ScaleTriad;
import org.junit.jupiter.api.Test;

/** One test per rule of scale-triads.drl, applied-chords.drl and roman-numerals.drl, each with its near miss. */
class RomanNumeralRulesTest {

    static final String TRIADS = "The triads of the key are built in thirds on its scale";
    static final String SECONDARY_DOMINANT = "Secondary dominant: a chromatic dominant a fifth above a triad of the key";
    static final String SECONDARY_LEADING_TONE =
            "Secondary leading-tone chord: a chromatic diminished chord a semitone below a triad of the key";
    static final String ON_DEGREE = "A chord is named by the scale degree of its root";
    static final String APPLIED = "An applied chord is named after the triad it tonicizes";

    @Test
    void theTriadsOfTheKeyAreBuiltInThirdsOnItsScale() {
        RuleVerifier major = RuleVerifier.chords("C", "C major");
        assertEquals(7, major.derivedBy(TRIADS, ScaleTriad.class).size());
        major.derives(TRIADS, ScaleTriad.class, t -> t.numeral().equals("vii°"))
                .doesNotDerive(TRIADS, ScaleTriad.class, t -> t.numeral().equals("bVII"));
        RuleVerifier.chords("Am", "A minor")
                .derives(TRIADS, ScaleTriad.class, t -> t.numeral().equals("V"))
                .derives(TRIADS, ScaleTriad.class, t -> t.numeral().equals("bVII"))
                .doesNotDerive(TRIADS, ScaleTriad.class, t -> t.numeral().equals("v"));
    }

    @Test
    void secondaryDominantAChromaticDominantAFifthAboveATriadOfTheKey() {
        RuleVerifier.chords("C A7 Dm", "C major")
                .derives(SECONDARY_DOMINANT, AppliedChord.class, a -> a.chordIndex() == 1
                        && a.target().numeral().equals("ii"));
        RuleVerifier.chords("C E Am", "C major")
                .derives(SECONDARY_DOMINANT, AppliedChord.class, a -> a.target().numeral().equals("vi"));
        // Near misses: G7 belongs to C major, and Bb7 would tonicize Eb, which is no triad of C major.
        RuleVerifier.chords("Dm G7 C", "C major").doesNotDerive(SECONDARY_DOMINANT, AppliedChord.class, a -> true);
        RuleVerifier.chords("C Bb7 C", "C major").doesNotDerive(SECONDARY_DOMINANT, AppliedChord.class, a -> true);
        // The Picardy third: a major tonic triad in minor is I, not V/iv; with a seventh it is V7/iv again.
        RuleVerifier.chords("Am Dm E7 A", "A minor").doesNotDerive(SECONDARY_DOMINANT, AppliedChord.class, a -> true);
        RuleVerifier.chords("Am A7 Dm", "A minor")
                .derives(SECONDARY_DOMINANT, AppliedChord.class, a -> a.target().numeral().equals("iv"));
    }

    @Test
    void secondaryLeadingToneChordAChromaticDiminishedChordASemitoneBelowATriadOfTheKey() {
        RuleVerifier.chords("C F#dim7 G", "C major")
                .derives(SECONDARY_LEADING_TONE, AppliedChord.class, a -> a.target().numeral().equals("V"));
        // Near misses: Bdim7 leads to the tonic itself, and Bdim belongs to the key.
        RuleVerifier.chords("C Bdim7 C", "C major").doesNotDerive(SECONDARY_LEADING_TONE, AppliedChord.class, a -> true);
        RuleVerifier.chords("C Bdim C", "C major").doesNotDerive(SECONDARY_LEADING_TONE, AppliedChord.class, a -> true);
    }

    @Test
    void aChordIsNamedByTheScaleDegreeOfItsRoot() {
        RuleVerifier.chords("C Ab Bb C", "C major")
                .derives(ON_DEGREE, RomanNumeral.class, rn -> rn.chordIndex() == 1 && rn.label().equals("bVI"))
                .derives(ON_DEGREE, RomanNumeral.class, rn -> rn.chordIndex() == 2 && rn.label().equals("bVII"));
        RuleVerifier.chords("C A7 Dm", "C major")
                .doesNotDerive(ON_DEGREE, RomanNumeral.class, rn -> rn.chordIndex() == 1);
    }

    @Test
    void anAppliedChordIsNamedAfterTheTriadItTonicizes() {
        RuleVerifier.chords("C A7 Dm G7 C", "C major")
                .derives(APPLIED, RomanNumeral.class, rn -> rn.chordIndex() == 1 && rn.label().equals("V7/ii"))
                .doesNotDerive(APPLIED, RomanNumeral.class, rn -> rn.chordIndex() == 3);
    }
}
