package io.continuo.facts.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.notation.NotationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSignatureTest {

    @ParameterizedTest(name = "\"{0}\" is {1}/{2}")
    @CsvSource({"3/4, 3, 4", "6/8, 6, 8", "12/8, 12, 8", "C, 4, 4", "' 5 / 4 ', 5, 4", "2/2, 2, 2"})
    void parseReadsBeatsAndUnit(String text, int beats, int unit) {
        assertEquals(new TimeSignature(beats, unit), TimeSignature.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is no time signature")
    @ValueSource(strings = {"", "4", "waltz", "3/5", "0/4", "4/0", "65/4", "a/4"})
    void parseRejectsWhatIsNoTimeSignature(String text) {
        NotationException error = assertThrows(NotationException.class, () -> TimeSignature.parse(text));

        assertEquals(text, error.text());
        assertEquals(0, error.position());
    }

    @Test
    void toStringWritesBeatsOverUnit() {
        assertEquals("6/8", new TimeSignature(6, 8).toString());
    }

    @Test
    void tempoGivesTheLengthOfABeat() {
        assertEquals(0.5, new Tempo(120).secondsPerBeat(), 1e-12);
        assertEquals(1.0, new Tempo(60).secondsPerBeat(), 1e-12);
    }

    @ParameterizedTest(name = "{0} bpm is no tempo")
    @ValueSource(doubles = {0, -1, 1000.5, Double.NaN})
    void tempoRejectsImpossibleValues(double bpm) {
        assertThrows(IllegalArgumentException.class, () -> new Tempo(bpm));
    }

    @Test
    void onlyTheFirstBeatOfABarIsTheDownbeat() {
        assertTrue(new Beat(0, 1, 1).isDownbeat());
        assertFalse(new Beat(0.5, 1, 2).isDownbeat());
    }
}
