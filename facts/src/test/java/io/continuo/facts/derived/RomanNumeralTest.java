package io.continuo.facts.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.ScaleDegree;
import io.continuo.facts.harmony.ScaleTriad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roman numerals as music21 writes them, one test per chord. */
class RomanNumeralTest {

    @ParameterizedTest(name = "in {0}, {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            C major | C       | I
            C major | C/E     | I6
            C major | C/G     | I64
            C major | G7      | V7
            C major | G7/B    | V65
            C major | G7/D    | V43
            C major | G7/F    | V42
            C major | Bdim    | vii°
            C major | Bm7b5   | viiø7
            C major | Bdim7   | vii°7
            C major | Caug    | I+
            C major | Cmaj7   | Imaj7
            C major | Db/F    | bII6
            C major | Ab      | bVI
            C major | Fm      | iv
            C major | G9      | V9
            C major | Gsus4   | Vsus4
            C major | Gsus2   | Vsus2
            C major | G13     | V13
            C major | G11     | V11
            C major | G5      | V5
            C major | Dm      | ii
            C major | Dm7/C   | ii42
            C major | Em      | iii
            C major | Am7     | vi7
            C major | Bb      | bVII
            C major | Eb      | bIII
            C major | E7      | III7
            C major | F#dim   | #iv°
            C major | Gb7     | bV7
            C major | Cmaj7/E | Imaj65
            C major | Caug/E  | I+6
            C major | Cadd9   | Iadd9
            C major | C6      | Iadd6
            C major | C/D     | I
            C major | G7b9    | V7
            C major | Bdim7/D | vii°65
            C minor | Cm      | i
            C minor | Eb      | bIII
            C minor | Ab      | bVI
            C minor | Bb      | bVII
            C minor | G7      | V7
            C minor | Fm/Ab   | iv6
            C minor | Dm7b5   | iiø7
            C minor | Bdim7   | vii°7
            A minor | E7/G#   | V65
            Db major| C#m     | i
            """)
    void onDegreeLabelsTheChordInTheKey(String key, String chord, String label) {
        assertEquals(label, RomanNumeral.onDegree(Key.parse(key), event(3, chord)).label());
    }

    @Test
    void onDegreeCarriesTheChordTheKeyAndTheDegree() {
        Key key = Key.parse("C major");

        RomanNumeral numeral = RomanNumeral.onDegree(key, event(3, "G7"));

        assertEquals(3, numeral.chordIndex());
        assertEquals(key, numeral.key());
        assertEquals(new ScaleDegree(5, 0), numeral.degree());
        assertFalse(numeral.isApplied());
        assertNull(numeral.tonicized());
    }

    @ParameterizedTest(name = "in {0}, {1} tonicizing {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            C major | A7     | ii   | V7/ii
            C major | F#dim7 | V    | vii°7/V
            C major | D7     | V    | V7/V
            C major | D7/F#  | V    | V65/V
            C major | D      | V    | V/V
            C major | E7     | vi   | V7/vi
            C major | E7/G#  | vi   | V65/vi
            C major | C7     | IV   | V7/IV
            C major | C#dim7 | ii   | vii°7/ii
            C major | G#m7b5 | vi   | viiø7/vi
            C major | B7     | iii  | V7/iii
            A minor | G7     | bIII | V7/bIII
            A minor | A7     | iv   | V7/iv
            """)
    void appliedLabelsTheChordInTheKeyItTonicizes(String key, String chord, String target, String label) {
        Key home = Key.parse(key);
        ScaleTriad triad = triad(home, target);

        RomanNumeral numeral = RomanNumeral.applied(home, event(0, chord), triad);

        assertEquals(label, numeral.label());
        assertEquals(target, numeral.tonicized());
        assertEquals(home, numeral.key());
        assertTrue(numeral.isApplied());
    }

    @Test
    void anAppliedChordsDegreeIsCountedInTheTonicizedKey() {
        Key c = Key.parse("C major");

        assertEquals(new ScaleDegree(5, 0), RomanNumeral.applied(c, event(0, "A7"), triad(c, "ii")).degree());
        assertEquals(new ScaleDegree(7, 0), RomanNumeral.applied(c, event(0, "F#dim7"), triad(c, "V")).degree());
    }

    @Test
    void tonalFunctionsAreNamedInJsonInLowerCase() {
        assertEquals("tonic_substitute", TonalFunction.TONIC_SUBSTITUTE.jsonName());
        assertEquals("dominant", TonalFunction.DOMINANT.jsonName());
    }

    private static ScaleTriad triad(Key key, String numeral) {
        return key.triads().stream().filter(t -> t.numeral().equals(numeral)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " has no triad " + numeral));
    }

    private static ChordEvent event(int index, String chord) {
        return new ChordEvent(index, ChordSymbol.parse(chord), index, index + 1.0);
    }
}
