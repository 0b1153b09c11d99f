package io.continuo.engine.harmony;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import io.continuo.facts.derived.Cadence;
import io.continuo.facts.derived.CadenceType;
import io.continuo.facts.derived.PhraseEnd;
import io.continuo.facts.derived.PhraseEndKind;
import org.junit.jupiter.api.Test;

/** One test per rule of rules/harmony/phrase-ends.drl and cadences.drl, each with its near miss. */
class CadenceRulesTest {

    static final String PIECE_END = "The last chord of the piece ends a phrase";
    static final String SECTION_END = "The last chord of a section ends a phrase";
    static final String FOUR_BARS = "A held arrival on the downbeat of every fourth bar ends a phrase";
    static final String HELD = "A phrase ending on a repeated chord arrives where the chord began";
    static final String PERFECT = "Perfect authentic cadence: V to I, both in root position, at a phrase end";
    static final String IMPERFECT = "Imperfect authentic cadence: V to I with an inverted chord, at a phrase end";
    static final String PLAGAL = "Plagal cadence: IV to I at a phrase end";
    static final String HALF = "Half cadence: a phrase ends on V";
    static final String PHRYGIAN = "Phrygian half cadence: iv6 to V in minor at a phrase end";
    static final String DECEPTIVE = "Deceptive cadence: V to vi (bVI in minor) at a phrase end";

    private static RuleVerifier chart(String text) {
        return RuleVerifier.piece(TextChartReader.read("test.txt", text, ChartOptions.none()));
    }

    @Test
    void theLastChordOfThePieceEndsAPhrase() {
        RuleVerifier.chords("C F G C", "C major")
                .derives(PIECE_END, PhraseEnd.class, e -> e.chordIndex() == 3)
                .doesNotDerive(PIECE_END, PhraseEnd.class, e -> e.chordIndex() == 2);
    }

    @Test
    void theLastChordOfASectionEndsAPhrase() {
        chart("key: C major\n[A]\n| C | G |\n[B]\n| F | C |\n")
                .derives(SECTION_END, PhraseEnd.class, e -> e.chordIndex() == 1)
                .doesNotDerive(SECTION_END, PhraseEnd.class, e -> e.chordIndex() == 3); // the piece's end instead
        RuleVerifier.chords("C G F C", "C major").doesNotDerive(SECTION_END, PhraseEnd.class, e -> true);
    }

    @Test
    void aHeldArrivalOnTheDownbeatOfEveryFourthBarEndsAPhrase() {
        RuleVerifier.chords("C F G C Am F G C", "C major")
                .derives(FOUR_BARS, PhraseEnd.class, e -> e.chordIndex() == 3)
                .doesNotDerive(FOUR_BARS, PhraseEnd.class, e -> e.chordIndex() == 2);
        // Near miss: no chord is struck on the downbeat of bar 4 (G is held over, C comes on beat 4).
        RuleVerifier.chords("| C | F | G | / / / C | Am | F | G | C |", "C major")
                .doesNotDerive(FOUR_BARS, PhraseEnd.class, e -> true);
    }

    @Test
    void aPhraseEndingOnARepeatedChordArrivesWhereTheChordBegan() {
        RuleVerifier.chords("F G7 C C", "C major")
                .derives(HELD, PhraseEnd.class, e -> e.chordIndex() == 2 && e.kind() == PhraseEndKind.PIECE_END);
        RuleVerifier.chords("F G7 Am C", "C major").doesNotDerive(HELD, PhraseEnd.class, e -> true);
    }

    @Test
    void perfectAuthenticCadence() {
        RuleVerifier.chords("C F G7 C", "C major")
                .derives(PERFECT, Cadence.class, c -> c.chordIndex() == 3 && c.progression().equals("V7-I")
                        && c.type() == CadenceType.PERFECT_AUTHENTIC && c.strength() == 1.0);
        RuleVerifier.chords("C F G7/B C", "C major").doesNotDerive(PERFECT, Cadence.class, c -> true);
    }

    @Test
    void imperfectAuthenticCadence() {
        RuleVerifier.chords("C F G7/B C", "C major")
                .derives(IMPERFECT, Cadence.class, c -> c.progression().equals("V65-I") && c.strength() < 1.0);
        RuleVerifier.chords("C F G7 C", "C major").doesNotDerive(IMPERFECT, Cadence.class, c -> true);
    }

    @Test
    void plagalCadence() {
        RuleVerifier.chords("C G F C", "C major").derives(PLAGAL, Cadence.class, c -> c.progression().equals("IV-I"));
        // Near miss: IV–I in the middle of a phrase is no cadence.
        RuleVerifier.chords("C F C G", "C major").doesNotDerive(PLAGAL, Cadence.class, c -> true);
    }

    @Test
    void halfCadence() {
        RuleVerifier.chords("C F Dm G", "C major").derives(HALF, Cadence.class, c -> c.progression().equals("ii-V"));
        // Near miss: V in bar 3 goes on to I; no phrase ends on it.
        RuleVerifier.chords("C Dm G C", "C major").doesNotDerive(HALF, Cadence.class, c -> true);
    }

    @Test
    void phrygianHalfCadence() {
        RuleVerifier.chords("Em Am/C B", "E minor")
                .derives(PHRYGIAN, Cadence.class, c -> c.progression().equals("iv6-V"))
                .doesNotDerive(HALF, Cadence.class, c -> true);
        // Near miss: iv in root position before V is a plain half cadence.
        RuleVerifier.chords("Em Am B", "E minor")
                .doesNotDerive(PHRYGIAN, Cadence.class, c -> true)
                .derives(HALF, Cadence.class, c -> c.progression().equals("iv-V"));
    }

    @Test
    void deceptiveCadence() {
        RuleVerifier.chords("C F G7 Am", "C major").derives(DECEPTIVE, Cadence.class, c -> c.progression().equals("V7-vi"));
        RuleVerifier.chords("Am Dm E F", "A minor").derives(DECEPTIVE, Cadence.class, c -> c.progression().equals("V-bVI"));
        RuleVerifier.chords("C F G7 Em", "C major").doesNotDerive(DECEPTIVE, Cadence.class, c -> true);
    }
}
