package io.continuo.facts.chart;

import static io.continuo.facts.chart.TextChartReaderTest.assertChords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.RomanNumeralReading.PivotReading;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RomanText analyses written for these tests: timing, keys, phrase ends, pivots, copies and errors. */
class RomanTextReaderTest {

    private static final String STUDY = """
            Composer: Test Composer
            Title: A small study
            Analyst: The tests
            Time Signature: 4/4

            Form: A
            m1 C: I b3 V65/V
            m2 V7 b3 I ||
            m3 vi b2 ii6 b3 Cad64 b4 V7
            m4 I ||
            Form: B
            m5 a: i b3 VII
            Note: the analysis moves to the relative minor
            m6 viio7 b3 i ||
            m7-8 = m5-6
            m9 VI || C: IV
            m10 V7 b3 I
            """;

    @Test
    void numeralsBecomeChordsTimedByMeasureAndBeat() {
        Piece piece = RomanTextReader.read("study.txt", STUDY).piece();
        // 4/4 at 120 bpm: a beat is 0.5 s, a bar 2 s.
        assertChords(piece,
                "C 0 1", "D7/F# 1 2", "G7 2 3", "C 3 4",
                "Am 4 4.5", "Dm/F 4.5 5", "C/G 5 5.5", "G7 5.5 6", "C 6 8",
                "Am 8 9", "G 9 10", "G#dim7 10 11", "Am 11 12",
                "Am 12 13", "G 13 14", "G#dim7 14 15", "Am 15 16",
                "F 16 18", "G7 18 19", "C 19 20");
        assertEquals("A small study", piece.title());
        assertEquals(Optional.empty(), piece.givenKey());
        assertEquals(new Tempo(120), piece.tempo());
        assertEquals(TimeSignature.COMMON_TIME, piece.timeSignature());
        assertEquals(20.0, piece.durationSeconds(), 1e-9);
        assertEquals(40, piece.beats().size());
        assertEquals(new Beat(18.0, 10, 1), piece.beats().get(36));
        assertEquals(List.of(new Section(0, "A", 0, 8), new Section(1, "B", 8, 20)), piece.sections());
    }

    @Test
    void eachChordKeepsTheAnalystsReading() {
        RomanTextAnalysis analysis = RomanTextReader.read("study.txt", STUDY);
        assertEquals(Optional.of("Test Composer"), analysis.composer());
        assertEquals(Optional.of("The tests"), analysis.analyst());
        List<RomanNumeralReading> readings = analysis.readings();
        assertEquals(20, readings.size());

        RomanNumeralReading applied = readings.get(1);
        assertEquals("V65/V", applied.figure());
        assertEquals(Key.parse("C major"), applied.key());
        assertTrue(applied.isApplied());
        assertEquals(Key.parse("G major"), applied.tonicizedKey());
        assertEquals(1, applied.measure());
        assertEquals(3.0, applied.beat());
        assertTrue(readings.get(0).keyChange());
        assertFalse(applied.keyChange());

        assertTrue(readings.get(3).phraseEnd());
        assertFalse(readings.get(2).phraseEnd());
        assertEquals(2.0, readings.get(5).beat());

        RomanNumeralReading minor = readings.get(9);
        assertEquals(Key.parse("a"), minor.key());
        assertTrue(minor.keyChange());
        assertFalse(readings.get(10).keyChange());
        assertTrue(readings.get(12).phraseEnd());

        // The copy of m5-6 replays its key change and phrase end.
        assertEquals(7, readings.get(13).measure());
        assertTrue(readings.get(13).keyChange());
        assertTrue(readings.get(16).phraseEnd());

        RomanNumeralReading pivot = readings.get(17);
        assertEquals("VI", pivot.figure());
        assertEquals(Key.parse("a"), pivot.key());
        assertTrue(pivot.phraseEnd());
        PivotReading second = pivot.pivot().orElseThrow();
        assertEquals(Key.parse("C"), second.key());
        assertEquals("IV", second.numeral().text());
        assertEquals(Key.parse("C"), readings.get(18).key());
        assertFalse(readings.get(18).keyChange());
    }

    @Test
    void anAnacrusisStartsAtItsChordAndMissingMeasuresHoldTheChordBefore() {
        RomanTextAnalysis analysis = RomanTextReader.read("pickup.txt", """
                Title: Pickup
                Time Signature: 6/8
                m0 b2 F: V
                m1 I b2 V7
                m3 I
                """);
        Piece piece = analysis.piece();
        // 6/8 at 120 eighths a minute: a bar is 3 s and RomanText counts two beats in it.
        assertChords(piece, "C 0 1.5", "F 1.5 3", "C7 3 7.5", "F 7.5 10.5");
        assertEquals(new TimeSignature(6, 8), piece.timeSignature());
        assertEquals(3 + 6 * 3, piece.beats().size());
        assertEquals(new Beat(0.0, 1, 4), piece.beats().get(0));
        assertEquals(new Beat(1.5, 2, 1), piece.beats().get(3));
        assertEquals(List.of(0, 1, 1, 3), analysis.readings().stream().map(RomanNumeralReading::measure).toList());
        assertEquals(2.0, analysis.readings().get(0).beat());
    }

    @Test
    void aCopyRestatesTheChordHeldIntoTheMeasureItCopies() {
        Piece piece = RomanTextReader.read("copy.txt", """
                m1 C: I
                m2 b3 V
                m3 = m2
                """).piece();
        assertChords(piece, "C 0 3", "G 3 4", "C 4 5", "G 5 6");
    }

    @Test
    void aCopyThatRestatesTheSoundingChordLetsItGoOn() {
        Piece piece = RomanTextReader.read("copy.txt", """
                m1 C: V
                m2 b3 I
                m3 V
                m4 = m2
                """).piece();
        assertChords(piece, "G 0 3", "C 3 4", "G 4 7", "C 7 8");
    }

    @Test
    void endingsVariantsRepeatSignsAndLoosePhraseMarksAreReadAsMusic21ReadsThem() {
        RomanTextAnalysis analysis = RomanTextReader.read("song.txt", """
                Composer: Someone
                Title: 6 Songs, Op.1
                4. A song on two lines
                Time signature: 3/4

                m1 ||: G: I b2 V b3 I
                m1var1 ii b2 V
                m2 IV\u00A0b3 V7 :||
                 ||
                m3a I
                m3b vi
                m4-5 = m1-2 ||
                m6 I b1
                """);
        assertEquals("6 Songs, Op.1 4. A song on two lines", analysis.piece().title());
        // 3/4 at 120 bpm: a bar is 1.5 s.
        assertChords(analysis.piece(), "G 0 0.5", "D 0.5 1", "G 1 1.5", "C 1.5 2.5", "D7 2.5 3",
                "G 3 4.5", "Em 4.5 6",
                "G 6 6.5", "D 6.5 7", "G 7 7.5", "C 7.5 8.5", "D7 8.5 9", "G 9 10.5");
        List<RomanNumeralReading> readings = analysis.readings();
        assertTrue(readings.get(4).phraseEnd());
        assertTrue(readings.get(11).phraseEnd());
        assertFalse(readings.get(10).phraseEnd());
        assertEquals(List.of(3, 3), List.of(readings.get(5).measure(), readings.get(6).measure()));
    }

    @Test
    void noChordLeavesAGap() {
        Piece piece = RomanTextReader.read("gap.txt", "m1 C: I b3 NC\nm2 V\n").piece();
        assertChords(piece, "C 0 1", "G 2 4");
    }

    @Test
    void theTempoCanBeGiven() {
        Piece piece = RomanTextReader.read("slow.txt", "m1 C: I\nm2 V\n", new Tempo(60)).piece();
        assertChords(piece, "C 0 4", "G 4 8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            m1 C: I b5 V                      | 1 | 9  | beat b5 is outside a bar of 4 beat(s) in 4/4
            m1 I                              | 1 | 4  | no key before the first chord
            m1 C: Q                           | 1 | 7  | no Roman numeral in 'Q'
            m1 C: V7[no3                      | 1 | 9  | unclosed '[' in 'V7[no3'
            m1 C: I b3 V b2 I                 | 1 | 14 | beat b2 is not after the chord before it
            m1 C: I NC                        | 1 | 9  | two chords at the same beat
            m1-2 C: I                         | 1 | 1  | a range of measures must copy others
            m9: i                             | 1 | 3  | unexpected ':' after the measure number
            'Title: x\\nm1 C: I\\nnot a tag'   | 3 | 1  | expected a measure
            'm1 C: I\\nm3-4 = m5-6'           | 2 | 6  | copies measure 5, which no line before defines
            'm1 C: I\\nm3 = m1-2'             | 2 | 4  | copies 2 measure(s) into 1
            'm1 C: I\\nm2 = x'                | 2 | 4  | expected '= m<measure>'
            'Time Signature: 7/x\\nm1 C: I'   | 1 | 17 | unknown time signature
            'Sixth Minor: Flat\\nm1 C: I'     | 1 | 1  | 'Sixth Minor' settings are not supported
            """)
    void unreadableLinesAreNamedByLineAndColumn(String text, int line, int column, String reason) {
        InputException error = assertThrows(InputException.class,
                () -> RomanTextReader.read("bad.txt", text.replace("\\n", "\n")));
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.reason().startsWith(reason), error.getMessage());
        assertEquals("bad.txt", error.source());
    }

    @Test
    void anAnalysisWithoutMeasuresHasNoChords() {
        InputException error = assertThrows(InputException.class,
                () -> RomanTextReader.read("empty.txt", "Title: nothing\nNote: none\n"));
        assertEquals("empty.txt: no chords: the analysis has no measure with a numeral", error.getMessage());
    }
}
