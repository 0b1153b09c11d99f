package io.continuo.facts.chart;

import static io.continuo.facts.chart.TextChartReaderTest.assertChords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonChartReaderTest {

    private static final ChartOptions NONE = ChartOptions.none();

    @Test
    void aValidChartGivesTitleKeyTempoMeterChordsAndSections() {
        String json = """
                {"title": "Test", "key": "C major", "bpm": 90, "time_signature": "3/4",
                 "chords": [{"chord": "C", "start_time": 0.0, "end_time": 2.0},
                            {"chord": "G7", "start_time": 2.0, "end_time": 4.0}],
                 "sections": [{"label": "Verse", "start_time": 0, "end_time": 4}]}
                """;

        Piece piece = JsonChartReader.read("chart.json", json, NONE);

        assertEquals("Test", piece.title());
        assertEquals(Optional.of(Key.parse("C major")), piece.givenKey());
        assertEquals(new Tempo(90), piece.tempo());
        assertEquals(new TimeSignature(3, 4), piece.timeSignature());
        assertChords(piece, "C 0 2", "G7 2 4");
        assertEquals(List.of(new Section(0, "Verse", 0, 4)), piece.sections());
        assertEquals(4.0, piece.durationSeconds(), 1e-9);
        assertEquals(24, piece.keyEvidence().size());
    }

    @Test
    void theBeatGridCoversTheChordsAtTheTempoAndMeter() {
        String json = """
                {"bpm": 90, "time_signature": "3/4",
                 "chords": [{"chord": "C", "start_time": 0, "end_time": 4}]}
                """;

        List<Beat> beats = JsonChartReader.read("chart.json", json, NONE).beats();

        assertEquals(6, beats.size());
        assertEquals(new Beat(0.0, 1, 1), beats.get(0));
        assertEquals(2, beats.get(3).bar());
        assertEquals(1, beats.get(3).beatInBar());
        assertEquals(2.0, beats.get(3).time(), 1e-9);
    }

    @Test
    void onlyChordsIsRequired() {
        Piece piece = JsonChartReader.read("chart.json", "{\"chords\": [{\"chord\": \"Am\", \"start_time\": 0, \"end_time\": 1}]}", NONE);

        assertEquals("chart.json", piece.title());
        assertEquals(Optional.empty(), piece.givenKey());
        assertEquals(ChartOptions.DEFAULT_TEMPO, piece.tempo());
        assertEquals(ChartOptions.DEFAULT_TIME_SIGNATURE, piece.timeSignature());
        assertEquals(List.of(), piece.sections());
    }

    @Test
    void harteLabelsAreReadAndNoChordLabelsLeaveGaps() {
        String json = """
                {"chords": [{"chord": "A:min7", "start_time": 0, "end_time": 1},
                            {"chord": "N", "start_time": 1, "end_time": 2},
                            {"chord": "G:7/3", "start_time": 2, "end_time": 3},
                            {"chord": "X", "start_time": 3, "end_time": 4},
                            {"chord": "N.C.", "start_time": 4, "end_time": 5},
                            {"chord": "F#m7b5", "start_time": 5, "end_time": 6}]}
                """;

        Piece piece = JsonChartReader.read("chart.json", json, NONE);

        assertChords(piece, "Am7 0 1", "G7/B 2 3", "F#m7b5 5 6");
    }

    @Test
    void unknownFieldsAreSkipped() {
        String json = "{\"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}],"
                + " \"source\": {\"nested\": [1, 2, {\"deep\": true}]}, \"rating\": 5}";

        assertChords(JsonChartReader.read("chart.json", json, NONE), "C 0 2");
    }

    @Test
    void commandLineOptionsWinOverTheChart() {
        String json = "{\"key\": \"C major\", \"bpm\": 90, \"time_signature\": \"3/4\","
                + " \"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}]}";
        ChartOptions options = new ChartOptions(Optional.of(Key.parse("A minor")), Optional.of(new Tempo(60)),
                Optional.of(TimeSignature.COMMON_TIME));

        Piece piece = JsonChartReader.read("chart.json", json, options);

        assertEquals(Optional.of(Key.parse("A minor")), piece.givenKey());
        assertEquals(new Tempo(60), piece.tempo());
        assertEquals(TimeSignature.COMMON_TIME, piece.timeSignature());
    }

    @Test
    void malformedJsonIsLocatedAtTheOffendingCharacter() {
        String json = "{\"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 1},]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(1, error.line());
        assertEquals(json.indexOf(",]") + 2, error.column());
        assertTrue(error.reason().startsWith("malformed JSON"), error.reason());
    }

    @Test
    void aMissingCommaIsLocatedOnItsLine() {
        String json = "{\"chords\": [\n{\"chord\": \"C\" \"start_time\": 0, \"end_time\": 1}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(2, error.line());
        assertEquals(15, error.column());
    }

    @Test
    void aChartWithoutChordsIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> JsonChartReader.read("chart.json", "{\"title\": \"x\"}", NONE));

        assertEquals("no \"chords\" array", error.reason());
        assertEquals(1, error.line());
    }

    @Test
    void anEmptyChordsArrayIsAnError() {
        InputException error = assertThrows(InputException.class,
                () -> JsonChartReader.read("chart.json", "{\"chords\": []}", NONE));

        assertTrue(error.reason().startsWith("no chords"), error.reason());
    }

    @Test
    void aBadChordSymbolIsLocatedAtItsEntry() {
        String json = """
                {"title": "x",
                 "chords": [
                  {"chord": "C", "start_time": 0, "end_time": 1},
                  {"chord": "Hm7", "start_time": 1, "end_time": 2}]}
                """;

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(4, error.line());
        assertEquals(3, error.column());
        assertEquals("unknown chord symbol: no root note in 'Hm7'", error.reason());
    }

    @Test
    void aBadHarteLabelIsLocatedAtItsEntry() {
        String json = "{\"chords\": [\n  {\"chord\": \"C:foo\", \"start_time\": 0, \"end_time\": 1}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(2, error.line());
        assertEquals(3, error.column());
        assertTrue(error.reason().contains("'C:foo'"), error.reason());
    }

    @Test
    void anEndBeforeTheStartIsLocatedAtItsEntry() {
        String json = "{\"chords\": [\n  {\"chord\": \"C\", \"start_time\": 2, \"end_time\": 1}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(2, error.line());
        assertEquals(3, error.column());
        assertEquals("chords[0]: end_time 1.0 is not after start_time 2.0", error.reason());
    }

    @Test
    void overlappingChordsAreAnError() {
        String json = "{\"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2},\n"
                + " {\"chord\": \"F\", \"start_time\": 1, \"end_time\": 3}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(2, error.line());
        assertEquals(2, error.column());
        assertTrue(error.reason().startsWith("chords[1]: starts at 1.0 s"), error.reason());
    }

    @Test
    void aMissingOrNegativeTimeIsAnError() {
        String missing = "{\"chords\": [{\"chord\": \"C\", \"start_time\": 0}]}";
        String negative = "{\"chords\": [{\"chord\": \"C\", \"start_time\": -1, \"end_time\": 1}]}";

        InputException first = assertThrows(InputException.class, () -> JsonChartReader.read("c.json", missing, NONE));
        InputException second = assertThrows(InputException.class, () -> JsonChartReader.read("c.json", negative, NONE));

        assertTrue(first.reason().contains("\"end_time\""), first.reason());
        assertTrue(second.reason().contains("\"start_time\""), second.reason());
    }

    @Test
    void aBadKeyIsLocatedAtItsValue() {
        String json = "{\"key\": \"Q\", \"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(1, error.line());
        assertEquals(json.indexOf("\"Q\"") + 1, error.column());
        assertEquals("unknown key: no tonic in 'Q'", error.reason());
    }

    @Test
    void aTempoThatIsNoNumberIsLocatedAtItsValue() {
        String json = "{\"bpm\": \"fast\", \"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(json.indexOf("\"fast\"") + 1, error.column());
        assertEquals("\"bpm\" must be a number", error.reason());
    }

    @Test
    void aTempoOutOfRangeIsAnError() {
        String json = "{\"bpm\": -3, \"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(json.indexOf("-3") + 1, error.column());
    }

    @Test
    void chordsThatAreNoArrayAreAnError() {
        InputException error = assertThrows(InputException.class,
                () -> JsonChartReader.read("chart.json", "{\"chords\": {}}", NONE));

        assertEquals("\"chords\" must be an array", error.reason());
        assertEquals(12, error.column());
    }

    @Test
    void aDocumentThatIsNoObjectIsAnError() {
        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", "[1, 2]", NONE));

        assertEquals(1, error.line());
        assertEquals(1, error.column());
    }

    @Test
    void aBadSectionIsAnError() {
        String json = "{\"chords\": [{\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}],\n"
                + " \"sections\": [{\"label\": \"A\", \"start_time\": 2, \"end_time\": 2}]}";

        InputException error = assertThrows(InputException.class, () -> JsonChartReader.read("chart.json", json, NONE));

        assertEquals(2, error.line());
        assertTrue(error.reason().startsWith("sections[0]"), error.reason());
    }
}
