package io.continuo.facts.pitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoteLetterTest {

    @ParameterizedTest(name = "{0} lies {1} semitones above C")
    @CsvSource({"C, 0", "D, 2", "E, 4", "F, 5", "G, 7", "A, 9", "B, 11"})
    void semitonesAboveCFollowTheWhiteKeys(NoteLetter letter, int semitones) {
        assertEquals(semitones, letter.semitonesAboveC());
    }

    @ParameterizedTest(name = "{0} up {1} letters is {2}")
    @CsvSource({"C, 2, E", "A, 2, C", "B, 1, C", "G, 7, G", "D, -1, C", "C, 8, D"})
    void upWrapsAtTheOctave(NoteLetter from, int steps, NoteLetter expected) {
        assertEquals(expected, from.up(steps));
    }

    @ParameterizedTest(name = "{0} lies {2} letters above {1}")
    @CsvSource({"E, C, 2", "C, A, 2", "C, D, 6", "F, F, 0"})
    void stepsAboveCountsUpwards(NoteLetter upper, NoteLetter lower, int steps) {
        assertEquals(steps, upper.stepsAbove(lower));
    }

    @Test
    void ofReadsEitherCaseAndRejectsOtherLetters() {
        assertEquals(NoteLetter.G, NoteLetter.of('g'));
        assertEquals(NoteLetter.G, NoteLetter.of('G'));
        assertThrows(IllegalArgumentException.class, () -> NoteLetter.of('H'));
    }
}
