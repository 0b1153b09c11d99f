package io.continuo.facts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.continuo.facts.harmony.ChordSymbol;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChordEventTest {

    @Test
    void durationIsEndMinusStart() {
        assertEquals(2.5, new ChordEvent(0, ChordSymbol.parse("C"), 1.5, 4.0).duration(), 1e-12);
    }

    @Test
    void describeNamesIndexSymbolAndSpan() {
        assertEquals("chord 3 (G7, 4.00–6.00 s)", new ChordEvent(3, ChordSymbol.parse("G7"), 4, 6).describe());
    }

    @Test
    void describeIsTheSameWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("chord 0 (C, 0.50–1.25 s)", new ChordEvent(0, ChordSymbol.parse("C"), 0.5, 1.25).describe());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aChordMustEndAfterItStartsAndHaveANonNegativeIndex() {
        ChordSymbol c = ChordSymbol.parse("C");

        assertThrows(IllegalArgumentException.class, () -> new ChordEvent(0, c, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> new ChordEvent(0, c, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChordEvent(-1, c, 0, 1));
    }

    @Test
    void aNoteKnowsItsPitchClass() {
        assertEquals(0, new NoteEvent(60, 0, 1, 100, "piano").pitchClass());
        assertEquals(11, new NoteEvent(71, 0, 1, 100, "piano").pitchClass());
    }

    @Test
    void aNoteRejectsOutOfRangeMidiValuesAndNegativeDurations() {
        assertThrows(IllegalArgumentException.class, () -> new NoteEvent(128, 0, 1, 100, "piano"));
        assertThrows(IllegalArgumentException.class, () -> new NoteEvent(-1, 0, 1, 100, "piano"));
        assertThrows(IllegalArgumentException.class, () -> new NoteEvent(60, 0, 1, 128, "piano"));
        assertThrows(IllegalArgumentException.class, () -> new NoteEvent(60, 0, -0.1, 100, "piano"));
        assertThrows(IllegalArgumentException.class, () -> new NoteEvent(60, 0, Double.NaN, 100, "piano"));
    }
}
