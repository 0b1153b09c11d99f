package io.continuo.facts.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
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

class TextChartReaderTest {

    private static final double TOLERANCE = 1e-9;
    private static final ChartOptions NONE = ChartOptions.none();

    @Test
    void chordsInABarShareItEvenly() {
        Piece piece = TextChartReader.readInline("-", "| C G | Am F |", NONE);

        assertChords(piece, "C 0 1", "G 1 2", "Am 2 3", "F 3 4");
        assertEquals(4.0, piece.durationSeconds(), TOLERANCE);
        assertEquals(new Tempo(120), piece.tempo());
        assertEquals(TimeSignature.COMMON_TIME, piece.timeSignature());
    }

    @Test
    void theBeatGridNumbersBarsAndBeatsFromOne() {
        Piece piece = TextChartReader.readInline("-", "| C G | Am F |", NONE);

        assertEquals(8, piece.beats().size());
        assertEquals(new Beat(0.0, 1, 1), piece.beats().get(0));
        assertEquals(new Beat(1.5, 1, 4), piece.beats().get(3));
        assertEquals(new Beat(2.0, 2, 1), piece.beats().get(4));
        assertTrue(piece.beats().get(4).isDownbeat());
    }

    @Test
    void withoutBarLinesEachChordFillsABar() {
        Piece piece = TextChartReader.readInline("-", "C G Am F", NONE);

        assertChords(piece, "C 0 2", "G 2 4", "Am 4 6", "F 6 8");
    }

    @Test
    void aSlashHoldsTheChordBeforeForOneMoreSlot() {
        Piece piece = TextChartReader.readInline("-", "| C / / G |", NONE);

        assertChords(piece, "C 0 1.5", "G 1.5 2");
    }

    @Test
    void aSlashAtTheStartOfABarHoldsTheChordFromTheBarBefore() {
        Piece piece = TextChartReader.readInline("-", "| C | / G |", NONE);

        assertChords(piece, "C 0 3", "G 3 4");
    }

    @Test
    void aPercentSignRepeatsThePreviousBar() {
        Piece piece = TextChartReader.readInline("-", "| C G | % |", NONE);

        assertChords(piece, "C 0 1", "G 1 2", "C 2 3", "G 3 4");
    }

    @Test
    void aPercentSignRepeatsABarFromAnEarlierLine() {
        Piece piece = TextChartReader.read("song.txt", "| Dm7 G7 |\n| % |\n", NONE);

        assertChords(piece, "Dm7 0 1", "G7 1 2", "Dm7 2 3", "G7 3 4");
    }

    @Test
    void noChordLeavesAGap() {
        Piece piece = TextChartReader.readInline("-", "| C | N.C. | F |", NONE);

        assertChords(piece, "C 0 2", "F 4 6");
        assertEquals(6.0, piece.durationSeconds(), TOLERANCE);
    }

    @Test
    void aChartMayStartWithNoChord() {
        Piece piece = TextChartReader.readInline("-", "| NC | C |", NONE);

        assertChords(piece, "C 2 4");
        assertEquals(0, piece.chords().get(0).index());
    }

    @Test
    void aRepeatSignClosingABarIsABarLine() {
        Piece piece = TextChartReader.readInline("-", "| C | F :|", NONE);

        assertChords(piece, "C 0 2", "F 2 4");
    }

    @Test
    void aBarLeftBlankIsAnErrorButADoubleBarIsNot() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.readInline("-", "| C |  | G |", NONE));
        assertEquals(6, error.column(), error.getMessage());
        assertEquals(2, TextChartReader.readInline("-", "| C || G |", NONE).chords().size());
    }

    @Test
    void aLineOfHarteLabelsIsChordsNotAHeader() {
        Piece piece = TextChartReader.read("c.txt", "C:maj A:min7\n", NONE);
        assertEquals(List.of("C", "Am7"), piece.chords().stream().map(c -> c.chord().symbol()).toList());
    }

    @Test
    void aStartRepeatSignIsABarLineToo() {
        Piece piece = TextChartReader.readInline("-", "|: C | F :|", NONE);
        assertEquals(2, piece.chords().size());
        assertEquals("F", piece.chords().get(1).chord().symbol());
    }

    @Test
    void harteLabelsAreReadInCharts() {
        Piece piece = TextChartReader.readInline("-", "| A:min7 D:7/3 |", NONE);

        assertEquals(ChordSymbol.parse("Am7"), piece.chords().get(0).chord());
        assertEquals(ChordSymbol.parse("D7/F#"), piece.chords().get(1).chord());
    }

    @Test
    void inlineChordsAreTitledChords() {
        assertEquals("chords", TextChartReader.readInline("-", "C", NONE).title());
    }

    @Test
    void headersSetTitleKeyTempoAndTime() {
        String chart = """
                title: Test Song
                key: G major
                bpm: 60
                time: 3/4
                | G | D |
                """;

        Piece piece = TextChartReader.read("song.txt", chart, NONE);

        assertEquals("Test Song", piece.title());
        assertEquals(Optional.of(Key.parse("G major")), piece.givenKey());
        assertEquals(new Tempo(60), piece.tempo());
        assertEquals(new TimeSignature(3, 4), piece.timeSignature());
        assertChords(piece, "G 0 3", "D 3 6");
        assertEquals(6, piece.beats().size());
        assertEquals(new Beat(3.0, 2, 1), piece.beats().get(3));
    }

    @Test
    void withoutHeadersTheChartIsNamedAfterItsSourceInFourFourAt120WithNoKey() {
        Piece piece = TextChartReader.read("song.txt", "| C |", NONE);

        assertEquals("song.txt", piece.title());
        assertEquals(Optional.empty(), piece.givenKey());
        assertEquals(ChartOptions.DEFAULT_TEMPO, piece.tempo());
        assertEquals(ChartOptions.DEFAULT_TIME_SIGNATURE, piece.timeSignature());
    }

    @Test
    void alternativeHeaderNamesAreAccepted() {
        Piece piece = TextChartReader.read("song.txt", "Tempo: 90\nmeter: 6/8\ntime signature: 5/4\n| C |", NONE);

        assertEquals(new Tempo(90), piece.tempo());
        assertEquals(new TimeSignature(5, 4), piece.timeSignature());
    }

    @Test
    void commandLineOptionsWinOverHeaders() {
        String chart = "key: G major\nbpm: 60\ntime: 3/4\n| G | D |\n";
        ChartOptions options = new ChartOptions(Optional.of(Key.parse("E minor")), Optional.of(new Tempo(120)),
                Optional.of(TimeSignature.COMMON_TIME));

        Piece piece = TextChartReader.read("song.txt", chart, options);

        assertEquals(Optional.of(Key.parse("E minor")), piece.givenKey());
        assertEquals(new Tempo(120), piece.tempo());
        assertEquals(TimeSignature.COMMON_TIME, piece.timeSignature());
        assertChords(piece, "G 0 2", "D 2 4");
    }

    @Test
    void anAbsentOptionLeavesTheHeaderInForce() {
        ChartOptions options = new ChartOptions(Optional.empty(), Optional.of(new Tempo(60)), Optional.empty());

        Piece piece = TextChartReader.read("song.txt", "key: D minor\ntime: 3/4\n| Dm |\n", options);

        assertEquals(Optional.of(Key.parse("D minor")), piece.givenKey());
        assertEquals(new TimeSignature(3, 4), piece.timeSignature());
        assertEquals(3.0, piece.durationSeconds(), TOLERANCE);
    }

    @Test
    void sectionLabelsStartSectionsThatRunToTheNext() {
        String chart = """
                [Verse]
                | C | G |
                | Am | F |
                [Chorus]
                | F | C |
                """;

        Piece piece = TextChartReader.read("song.txt", chart, NONE);

        assertEquals(List.of(new Section(0, "Verse", 0, 8), new Section(1, "Chorus", 8, 12)), piece.sections());
    }

    @Test
    void aSectionLabelMayShareItsLineWithBars() {
        Piece piece = TextChartReader.read("song.txt", "[Intro] | C | G |\n[A] F C", NONE);

        assertEquals(List.of(new Section(0, "Intro", 0, 4), new Section(1, "A", 4, 8)), piece.sections());
        assertChords(piece, "C 0 2", "G 2 4", "F 4 6", "C 6 8");
    }

    @Test
    void barsBeforeTheFirstSectionBelongToNone() {
        Piece piece = TextChartReader.read("song.txt", "| C |\n[Coda]\n| G |", NONE);

        assertEquals(List.of(new Section(0, "Coda", 2, 4)), piece.sections());
    }

    @Test
    void commentsBlankLinesAndInformativeHeadersAreSkipped() {
        String chart = "# a comment\n\ncomposer: Someone\nstyle: swing\n| C |\n";

        Piece piece = TextChartReader.read("song.txt", chart, NONE);

        assertChords(piece, "C 0 2");
    }

    @Test
    void windowsLineEndingsAreRead() {
        Piece piece = TextChartReader.read("song.txt", "title: X\r\n| C | G |\r\n", NONE);

        assertEquals("X", piece.title());
        assertChords(piece, "C 0 2", "G 2 4");
    }

    @Test
    void aChartCarriesKeyEvidenceForAll24Keys() {
        Piece piece = TextChartReader.readInline("-", "C F G C", NONE);

        assertEquals(24, piece.keyEvidence().size());
        assertEquals(List.of(), piece.notes());
    }

    @Test
    void anUnknownChordSymbolIsLocatedAtItsLineAndColumn() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "key: C major\n| C | Dm7 | Q7 | C |\n", NONE));

        assertEquals(2, error.line());
        assertEquals(13, error.column());
        assertEquals("song.txt", error.source());
        assertEquals("song.txt:2:13: unknown chord symbol: no root note in 'Q7'", error.getMessage());
    }

    @Test
    void aBadBassIsLocatedAtTheBassNote() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "title: x\n  | C | G7/Q |\n", NONE));

        assertEquals(2, error.line());
        assertEquals(12, error.column());
    }

    @Test
    void anUnknownChordInASectionLineCountsColumnsFromTheLineStart() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "[A] | C | Cxyz |", NONE));

        assertEquals(1, error.line());
        assertEquals(13, error.column());
    }

    @Test
    void anUnknownChordInInlineChordsIsLocatedOnLineOne() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.readInline("-", "| C Hm7 |", NONE));

        assertEquals(1, error.line());
        assertEquals(5, error.column());
    }

    @Test
    void anUnknownHeaderIsLocatedAtItsLine() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "key: C major\ncomposer: X\nfoo: bar\n| C |\n", NONE));

        assertEquals(3, error.line());
        assertEquals(1, error.column());
        assertTrue(error.reason().startsWith("unknown header 'foo:'"), error.reason());
    }

    @ParameterizedTest(name = "\"{0}\" fails at line {1}, column {2}")
    @CsvSource(delimiter = '|', textBlock = """
            key: H major       | 1 | 6
            key: C dorian      | 1 | 8
            title: x\\nkey: Q  | 2 | 6
            bpm: fast          | 1 | 6
            bpm: 0             | 1 | 6
            time: 3/5          | 1 | 7
            time: waltz        | 1 | 7
            """)
    void aBadHeaderValueIsLocatedAtTheValue(String header, int line, int column) {
        String chart = header.replace("\\n", "\n") + "\n| C |\n";

        InputException error = assertThrows(InputException.class, () -> TextChartReader.read("song.txt", chart, NONE));

        assertEquals(line, error.line());
        assertEquals(column, error.column());
    }

    @Test
    void aBadKeyNamesTheKey() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "key: H major\n| C |\n", NONE));

        assertEquals("unknown key: no tonic in 'H major'", error.reason());
    }

    @Test
    void aChartWithNoChordsIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "title: Empty\n# nothing here\n\n", NONE));

        assertEquals(0, error.line());
        assertEquals(0, error.column());
        assertTrue(error.reason().startsWith("no chords"), error.reason());
        assertEquals("song.txt: " + error.reason(), error.getMessage());
    }

    @Test
    void emptyInlineChordsAreAnError() {
        assertThrows(InputException.class, () -> TextChartReader.readInline("-", "  ", NONE));
    }

    @Test
    void aPercentSignWithNoBarBeforeIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "title: x\n | % |", NONE));

        assertEquals(2, error.line());
        assertEquals(4, error.column());
    }

    @Test
    void aFirstBarStartingWithASlashIsAnError() {
        InputException error = assertThrows(InputException.class, () -> TextChartReader.readInline("-", "| / C |", NONE));

        assertEquals(1, error.line());
        assertTrue(error.reason().contains("no chord to hold"), error.reason());
    }

    @Test
    void aSectionWithoutBarsIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "| C |\n[Outro]\n", NONE));

        assertTrue(error.reason().contains("[Outro]"), error.reason());
    }

    @Test
    void anEmptySectionLabelIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> TextChartReader.read("song.txt", "| C |\n[]\n| G |", NONE));

        assertEquals(2, error.line());
    }

    /** Each expectation is "symbol start end", in seconds. */
    static void assertChords(Piece piece, String... expected) {
        assertEquals(expected.length, piece.chords().size(), () -> "chords: " + piece.chords());
        for (int i = 0; i < expected.length; i++) {
            String[] parts = expected[i].split(" ");
            ChordEvent event = piece.chords().get(i);
            assertEquals(i, event.index());
            assertEquals(parts[0], event.chord().symbol(), "chord " + i);
            assertEquals(Double.parseDouble(parts[1]), event.start(), TOLERANCE, "start of chord " + i);
            assertEquals(Double.parseDouble(parts[2]), event.end(), TOLERANCE, "end of chord " + i);
        }
    }
}
