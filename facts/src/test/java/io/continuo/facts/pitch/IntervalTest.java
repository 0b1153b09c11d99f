package io.continuo.facts.pitch;

import static io.continuo.facts.pitch.PitchClassTest.interval;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalTest {

    @ParameterizedTest(name = "{0} spanning {1} semitones is {2}")
    @CsvSource({
            "1, 0,  P1", "2, 1,  m2", "2, 2,  M2", "2, 3,  A2", "3, 2,  d3", "3, 3,  m3", "3, 4,  M3",
            "4, 4,  d4", "4, 5,  P4", "4, 6,  A4", "5, 6,  d5", "5, 7,  P5", "5, 8,  A5",
            "6, 8,  m6", "6, 9,  M6", "6, 10, A6", "7, 9,  d7", "7, 10, m7", "7, 11, M7", "8, 12, P8",
            "9, 13, m9", "9, 14, M9", "9, 15, A9", "11, 17, P11", "11, 18, A11", "13, 20, m13", "13, 21, M13",
    })
    void nameGivesTheTextbookAbbreviation(int number, int semitones, String name) {
        Interval interval = new Interval(number, semitones);

        assertEquals(name, interval.name());
        assertEquals(name, interval.toString());
    }

    @Test
    void nameMarksAnIntervalBeyondDoublyAlteredAsUnknown() {
        assertEquals("?5", new Interval(5, 4).name());
    }

    @ParameterizedTest(name = "{0} inverts to {1}")
    @CsvSource({
            "P1, P1", "m2, M7", "M2, m7", "m3, M6", "M3, m6", "P4, P5", "A4, d5", "d5, A4", "P5, P4",
            "m6, M3", "M7, m2", "d7, A2", "P8, P1", "M9, m7", "A11, d5", "m13, M3",
    })
    void invertGivesTheComplementWithinTheOctave(String interval, String inversion) {
        assertEquals(interval(inversion), interval(interval).invert());
    }

    @ParameterizedTest(name = "{0} inverted twice is itself")
    @CsvSource({"m2", "M3", "P4", "A4", "d5", "m6", "d7", "M7"})
    void invertingASimpleIntervalTwiceGivesItBack(String interval) {
        assertEquals(interval(interval), interval(interval).invert().invert());
    }

    @ParameterizedTest(name = "from {0} up to {1} is {2}")
    @CsvSource({
            "C, E,  M3", "C, Fb, d4", "E, C, m6", "B, F, d5", "F, B, A4", "C, C, P1", "G, F#, M7",
            "A, Gb, d7", "C, Eb, m3", "D, C, m7", "C, B#, A7", "C, Cb, d1", "Bb, A#, A7",
    })
    void betweenSpellsTheIntervalFromTheLetters(String lower, String upper, String expected) {
        assertEquals(expected, Interval.between(PitchClass.parse(lower), PitchClass.parse(upper)).name());
    }

    @ParameterizedTest(name = "degree {0} altered {1} is {2}")
    @CsvSource({
            "1, 0, P1", "3, -1, m3", "3, 0, M3", "5, -1, d5", "5, 1, A5", "7, -2, d7", "7, -1, m7",
            "9, -1, m9", "9, 0, M9", "9, 1, A9", "11, 0, P11", "11, 1, A11", "13, -1, m13", "13, 0, M13",
    })
    void ofDegreeReadsChordDegreesAgainstTheMajorScale(int number, int alteration, String expected) {
        assertEquals(interval(expected), Interval.ofDegree(number, alteration));
    }

    @Test
    void ofDegreeRejectsDegreesOutsideOneToThirteen() {
        assertThrows(IllegalArgumentException.class, () -> Interval.ofDegree(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Interval.ofDegree(14, 0));
    }

    @ParameterizedTest(name = "{0}: simple number {1}, {2} letter steps, {3} from the major scale")
    @CsvSource({"M3, 3, 2, 0", "m9, 2, 8, -1", "A11, 4, 10, 1", "P8, 1, 7, 0", "d7, 7, 6, -2"})
    void simpleNumberLetterStepsAndAlteration(String name, int simple, int letterSteps, int alteration) {
        Interval interval = interval(name);

        assertEquals(simple, interval.simpleNumber());
        assertEquals(letterSteps, interval.letterSteps());
        assertEquals(alteration, interval.alterationFromMajorScale());
    }

    @Test
    void constructorRejectsNumbersBelowUnison() {
        assertThrows(IllegalArgumentException.class, () -> new Interval(0, 0));
    }
}
