package io.continuo.facts.pitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PitchClassTest {

    @ParameterizedTest(name = "{0} is {1} with accidental {2}, {3} semitones above C")
    @CsvSource({
            "C,   C, 0,  0",
            "c,   C, 0,  0",
            "F#,  F, 1,  6",
            "Bb,  B, -1, 10",
            "Ebb, E, -2, 2",
            "C##, C, 2,  2",
            "Cx,  C, 2,  2",
            "F♯,  F, 1,  6",
            "B♭,  B, -1, 10",
            "Cb,  C, -1, 11",
            "B#,  B, 1,  0",
            "E#,  E, 1,  5",
    })
    void parseReadsLetterAndAccidental(String name, NoteLetter letter, int accidental, int semitone) {
        PitchClass pitch = PitchClass.parse(name);

        assertEquals(new PitchClass(letter, accidental), pitch);
        assertEquals(semitone, pitch.semitone());
    }

    @ParameterizedTest(name = "\"{0}\" is not a note name")
    @ValueSource(strings = {"", "H", "C#b", "Cb#", "Cbbb", "C###", "Cm", " C"})
    void parseRejectsWhatIsNotANoteName(String name) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> PitchClass.parse(name));

        assertTrue(error.getMessage().contains("'" + name + "'"), error.getMessage());
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"C, C", "F#, F#", "Bb, Bb", "Ebb, Ebb", "Cx, C##", "F♯, F#", "B♭, Bb"})
    void nameUsesAsciiAccidentals(String parsed, String name) {
        assertEquals(name, PitchClass.parse(parsed).name());
        assertEquals(name, PitchClass.parse(parsed).toString());
    }

    @ParameterizedTest(name = "{0} up {1} is {2}")
    @CsvSource({
            "C,   M3, E",
            "C,   d4, Fb",
            "C,   m3, Eb",
            "C,   A4, F#",
            "C,   d5, Gb",
            "B,   M3, D#",
            "E#,  M3, G##",
            "D,   M9, E",
            "Gb,  d7, Fbb",
            "Ab,  m7, Gb",
            "F#,  P4, B",
            "Bb,  P5, F",
    })
    void upSpellsByTheIntervalsLetterDistance(String from, String interval, String expected) {
        assertEquals(PitchClass.parse(expected), PitchClass.parse(from).up(interval(interval)));
    }

    @ParameterizedTest(name = "{0} down {1} is {2}")
    @CsvSource({
            "G,  P5, C",
            "Bb, M2, Ab",
            "Fb, M3, Dbb",
            "C,  m2, B",
            "E,  M3, C",
            "F,  A4, Cb",
    })
    void downSpellsByTheIntervalsLetterDistance(String from, String interval, String expected) {
        assertEquals(PitchClass.parse(expected), PitchClass.parse(from).down(interval(interval)));
    }

    @Test
    void upFallsBackToThePlainestSpellingBeyondADoubleAccidental() {
        PitchClass result = PitchClass.parse("F##").up(Interval.AUGMENTED_FIFTH);

        assertEquals(PitchClass.parse("Eb"), result);
    }

    @Test
    void enharmonicSpellingsSoundAlikeButDiffer() {
        PitchClass cSharp = PitchClass.parse("C#");
        PitchClass dFlat = PitchClass.parse("Db");

        assertTrue(cSharp.soundsAs(dFlat));
        assertFalse(cSharp.equals(dFlat));
        assertFalse(cSharp.soundsAs(PitchClass.parse("D")));
    }

    @ParameterizedTest(name = "{0} lies {2} semitones above {1}")
    @CsvSource({"E, C, 4", "C, E, 8", "C, C, 0", "B, C, 11", "Cb, B, 0"})
    void semitonesAboveIsMeasuredUpwardsWithinTheOctave(String upper, String lower, int semitones) {
        assertEquals(semitones, PitchClass.parse(upper).semitonesAbove(PitchClass.parse(lower)));
    }

    @ParameterizedTest(name = "{0} respelled with {1} is {2}")
    @CsvSource({"C#, D, Db", "Db, C, C#", "E, F, Fb", "B, C, Cb", "C, D, Dbb"})
    void spelledWithRespellsTheSameSound(String pitch, NoteLetter letter, String expected) {
        assertEquals(PitchClass.parse(expected), PitchClass.parse(pitch).spelledWith(letter));
    }

    @Test
    void spelledWithKeepsTheSpellingWhenMoreThanADoubleAccidentalIsNeeded() {
        PitchClass c = PitchClass.parse("C");

        assertSame(c, c.spelledWith(NoteLetter.E));
    }

    @ParameterizedTest(name = "semitone {0} is spelled {1}")
    @CsvSource({"0, C", "1, C#", "2, D", "3, Eb", "4, E", "5, F", "6, F#", "7, G", "8, Ab", "9, A", "10, Bb",
            "11, B", "12, C", "-1, B"})
    void enharmonicNearestGivesThePlainestSpelling(int semitone, String expected) {
        assertEquals(PitchClass.parse(expected), PitchClass.enharmonicNearest(semitone));
    }

    @Test
    void parsePrefixReadsANoteNameInsideLongerText() {
        int[] end = new int[1];

        PitchClass pitch = PitchClass.parsePrefix("F#m7b5", 0, end);

        assertEquals(PitchClass.parse("F#"), pitch);
        assertEquals(2, end[0]);
    }

    @Test
    void parsePrefixStopsAtAFlatAfterASharp() {
        int[] end = new int[1];

        PitchClass pitch = PitchClass.parsePrefix("C#b9", 0, end);

        assertEquals(PitchClass.parse("C#"), pitch);
        assertEquals(2, end[0]);
    }

    @Test
    void parsePrefixReturnsNullWhereNoNoteNameStarts() {
        int[] end = new int[1];

        assertEquals(null, PitchClass.parsePrefix("m7", 0, end));
        assertEquals(null, PitchClass.parsePrefix("C", 1, end));
    }

    @Test
    void constructorRejectsAMissingLetterOrTripleAccidentals() {
        assertThrows(IllegalArgumentException.class, () -> new PitchClass(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new PitchClass(NoteLetter.C, 3));
        assertThrows(IllegalArgumentException.class, () -> new PitchClass(NoteLetter.C, -3));
    }

    /** Intervals by textbook name, the inverse of {@link Interval#name()}. */
    static Interval interval(String name) {
        int number = Integer.parseInt(name.substring(1));
        for (int semitones = -2; semitones <= 24; semitones++) {
            Interval candidate = new Interval(number, semitones);
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no interval named " + name);
    }
}
