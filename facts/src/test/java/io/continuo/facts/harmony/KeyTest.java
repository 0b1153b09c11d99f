package io.continuo.facts.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.notation.NotationException;
import io.continuo.facts.pitch.PitchClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            C major     | C  | MAJOR
            Eb minor    | Eb | MINOR
            F# min      | F# | MINOR
            Am          | A  | MINOR
            Bb          | Bb | MAJOR
            a           | A  | MINOR
            eb          | Eb | MINOR
            Bbm         | Bb | MINOR
            D-          | D  | MINOR
            G maj       | G  | MAJOR
            Cmajor      | C  | MAJOR
            C Major     | C  | MAJOR
            D aeolian   | D  | MINOR
            F ionian    | F  | MAJOR
            ' E minor ' | E  | MINOR
            c major     | C  | MAJOR
            a minor     | A  | MINOR
            CM          | C  | MAJOR
            Cm          | C  | MINOR
            """)
    void parseReadsTonicAndMode(String text, String tonic, Mode mode) {
        assertEquals(new Key(PitchClass.parse(tonic), mode), Key.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" fails at position {1}")
    @CsvSource(delimiter = '|', textBlock = """
            H major     | 0
            ''          | 0
            major       | 0
            bad         | 1
            C dorian    | 2
            Eb  lydian  | 4
            ' C dorian' | 3
            ' X'        | 1
            """)
    void parseRejectsWhatIsNotAKeyAtTheBadToken(String text, int position) {
        NotationException error = assertThrows(NotationException.class, () -> Key.parse(text));

        assertEquals(position, error.position());
        assertEquals(text, error.text());
        assertTrue(error.reason().startsWith("unknown key"), error.reason());
    }

    @Test
    void anUnknownModeIsNamedInTheReason() {
        NotationException error = assertThrows(NotationException.class, () -> Key.parse("C dorian"));

        assertEquals("unknown key: no mode 'dorian' in", error.reason());
    }

    @ParameterizedTest(name = "in {0}, {1} is degree {2}")
    @CsvSource(delimiter = '|', textBlock = """
            C major  | C   | 1
            C major  | Db  | b2
            C major  | D   | 2
            C major  | D#  | #2
            C major  | Eb  | b3
            C major  | E   | 3
            C major  | F   | 4
            C major  | F#  | #4
            C major  | Gb  | b5
            C major  | G   | 5
            C major  | G#  | #5
            C major  | Ab  | b6
            C major  | A   | 6
            C major  | Bb  | b7
            C major  | B   | 7
            C minor  | Eb  | b3
            C minor  | B   | 7
            C minor  | Ab  | b6
            C minor  | Bb  | b7
            C minor  | G   | 5
            A minor  | G#  | 7
            A minor  | C   | b3
            Db major | C   | 7
            Db major | Gb  | 4
            Db major | A   | #5
            F# major | E#  | 7
            """)
    void degreeOfReadsTheLetterDistanceAlteredAgainstTheMajorScale(String key, String pitch, String degree) {
        assertEquals(degree, Key.parse(key).degreeOf(PitchClass.parse(pitch)).toString());
    }

    /**
     * A note spelled against the key, whose letter reading would land on the sound of another plain
     * degree (C# in Db major is "#7" but sounds as the tonic), is read by its sound.
     */
    @ParameterizedTest(name = "in {0}, {1} is read as degree {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Db major | C#  | 1
            C major  | B#  | 1
            C major  | Cb  | 7
            C major  | E#  | 4
            C major  | Fb  | 3
            E major  | Ab  | 3
            C major  | Dbb | 1
            C major  | Ebb | 2
            """)
    void degreeOfReadsANoteSpelledAgainstTheKeyByItsSound(String key, String pitch, String degree) {
        assertEquals(degree, Key.parse(key).degreeOf(PitchClass.parse(pitch)).toString());
    }

    @ParameterizedTest(name = "in {0}, degree {1}{2} is {3}")
    @CsvSource({"C major, 6, -1, Ab", "Db major, 7, 0, C", "F# major, 7, 0, E#", "Eb minor, 6, -1, Cb",
            "C major, 4, 1, F#", "G major, 1, 0, G"})
    void pitchOnSpellsTheDegreeWithItsLetter(String key, int number, int alteration, String pitch) {
        assertEquals(PitchClass.parse(pitch), Key.parse(key).pitchOn(new ScaleDegree(number, alteration)));
    }

    @ParameterizedTest(name = "{0} holds {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            C major | C       | true
            C major | G7      | true
            C major | Bdim    | true
            C major | Bm7b5   | true
            C major | Cmaj7   | true
            C major | G7/F    | true
            C major | C/D     | true
            C major | E       | false
            C major | A7      | false
            C major | Fm      | false
            C major | Bb      | false
            C major | Ab      | false
            C major | C7      | false
            C major | Caug    | false
            C major | C/Bb    | false
            A minor | Am      | true
            A minor | E       | true
            A minor | E7      | true
            A minor | G       | true
            A minor | G#dim7  | true
            A minor | Cm      | false
            # Membership is by sound: the Ab of Fm sounds as the leading tone G#.
            A minor | Fm      | true
            A minor | F#m7b5  | true
            A minor | Bb      | false
            A minor | B7      | false
            A minor | Am/Bb   | false
            """)
    void holdsWhenEveryToneAndTheBassBelongToTheKey(String key, String chord, boolean held) {
        assertEquals(held, Key.parse(key).holds(ChordSymbol.parse(chord)));
    }

    @Test
    void theTriadsOfCMajorAreTheSevenOfTheMajorScale() {
        assertEquals(List.of("I", "ii", "iii", "IV", "V", "vi", "vii°"), numerals(Key.parse("C major")));
    }

    @Test
    void theTriadsOfAMinorTakeVAndViiFromHarmonicMinor() {
        assertEquals(List.of("i", "ii°", "bIII", "iv", "V", "bVI", "bVII", "vii°"), numerals(Key.parse("A minor")));
    }

    @ParameterizedTest(name = "{0} triad {1} is {2} on {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            C major  | 0 | I    | C  | MAJOR
            C major  | 1 | ii   | D  | MINOR
            C major  | 2 | iii  | E  | MINOR
            C major  | 3 | IV   | F  | MAJOR
            C major  | 4 | V    | G  | MAJOR
            C major  | 5 | vi   | A  | MINOR
            C major  | 6 | vii° | B  | DIMINISHED
            A minor  | 0 | i    | A  | MINOR
            A minor  | 1 | ii°  | B  | DIMINISHED
            A minor  | 2 | bIII | C  | MAJOR
            A minor  | 3 | iv   | D  | MINOR
            A minor  | 4 | V    | E  | MAJOR
            A minor  | 5 | bVI  | F  | MAJOR
            A minor  | 6 | bVII | G  | MAJOR
            A minor  | 7 | vii° | G# | DIMINISHED
            F# major | 6 | vii° | E# | DIMINISHED
            Eb minor | 5 | bVI  | Cb | MAJOR
            Eb minor | 7 | vii° | D  | DIMINISHED
            """)
    void triadRow(String key, int index, String numeral, String root, TriadType type) {
        ScaleTriad triad = Key.parse(key).triads().get(index);

        assertEquals(numeral, triad.numeral());
        assertEquals(PitchClass.parse(root), triad.root());
        assertEquals(type, triad.type());
        assertEquals(Key.parse(key), triad.key());
        assertEquals(index == 0, triad.isTonic());
        assertEquals(type != TriadType.DIMINISHED, triad.isConsonant());
    }

    @Test
    void enharmonicKeysSoundAlikeInTheSameModeOnly() {
        assertTrue(Key.parse("F# major").soundsAs(Key.parse("Gb major")));
        assertFalse(Key.parse("F# major").soundsAs(Key.parse("F# minor")));
        assertFalse(Key.parse("F# major").equals(Key.parse("Gb major")));
    }

    @Test
    void parallelSwapsTheModeOnTheSameTonic() {
        assertEquals(Key.parse("C minor"), Key.parse("C major").parallel());
        assertEquals(Key.parse("C major"), Key.parse("C minor").parallel());
    }

    @ParameterizedTest(name = "{0} {1} is the tonic triad of {2}")
    @CsvSource({"C, MAJOR, C major", "A, MINOR, A minor", "B, DIMINISHED, B minor", "Eb, AUGMENTED, Eb major"})
    void ofTonicTriadTakesTheModeFromTheThird(String root, TriadType type, String key) {
        assertEquals(Key.parse(key), Key.ofTonicTriad(PitchClass.parse(root), type));
    }

    @Test
    void orderPutsMajorsBeforeMinorsThenTonicsFromCThenLetters() {
        assertTrue(Key.parse("B major").order() < Key.parse("C minor").order());
        assertTrue(Key.parse("C major").order() < Key.parse("Db major").order());
        assertTrue(Key.parse("C# minor").order() < Key.parse("Db minor").order());
        assertTrue(Key.parse("F# major").order() < Key.parse("Gb major").order());
        assertTrue(Key.parse("Db minor").order() < Key.parse("D minor").order());
    }

    @Test
    void nameSpellsTonicAndMode() {
        assertEquals("F# minor", Key.parse("f#").name());
        assertEquals("Bb major", Key.parse("Bb").toString());
    }

    @Test
    void aKeyNeedsATonicAndAMode() {
        assertThrows(IllegalArgumentException.class, () -> new Key(null, Mode.MAJOR));
        assertThrows(IllegalArgumentException.class, () -> new Key(PitchClass.C, null));
    }

    @ParameterizedTest(name = "{0} collects {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MAJOR | major | 0 2 4 5 7 9 11
            MINOR | minor | 0 2 3 5 7 8 9 10 11
            """)
    void modeRow(Mode mode, String word, String collection) {
        assertEquals(word, mode.word());
        assertEquals(collection, mode.pitchCollection().stream().sorted().map(String::valueOf)
                .reduce((a, b) -> a + " " + b).orElse(""));
    }

    private static List<String> numerals(Key key) {
        return key.triads().stream().map(ScaleTriad::numeral).toList();
    }
}
