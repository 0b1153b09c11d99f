package io.continuo.facts.chart;

import static io.continuo.facts.chart.TextChartReaderTest.assertChords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.time.Tempo;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabChartReaderTest {

    @Test
    void linesOfStartEndLabelGiveTimedChordsAndNoChordGaps() {
        Piece piece = LabChartReader.read("song.lab", """
                # a comment
                0.000\t0.500\tN
                0.500 2.000 C:maj
                2.000\t4.000\tA:7
                4.000 5.500 X
                5.500 6.000 Dm7
                """, ChartOptions.none());
        assertChords(piece, "C 0.5 2", "A7 2 4", "Dm7 5.5 6");
        assertEquals(6.0, piece.durationSeconds(), 1e-9);
        assertEquals(new Tempo(120), piece.tempo());
        assertEquals(12, piece.beats().size());
    }

    @Test
    void theTempoComesFromTheOptions() {
        ChartOptions options = new ChartOptions(Optional.empty(), Optional.of(new Tempo(60)), Optional.empty());
        Piece piece = LabChartReader.read("song.lab", "0 4 C:maj\n", options);
        assertEquals(4, piece.beats().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0 2 C:maj extra                | 1 | 1
            0 two C:maj                    | 1 | 3
            0 2 C:foo                      | 1 | 7
            2 1 C:maj                      | 1 | 1
            '0 2 C:maj\\n1 3 G:maj'        | 2 | 1
            """)
    void badLinesAreNamedByLineAndColumn(String text, int line, int column) {
        InputException error = assertThrows(InputException.class,
                () -> LabChartReader.read("song.lab", text.replace("\\n", "\n"), ChartOptions.none()));
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
    }

    @Test
    void aFileOfGapsOnlyHasNoChords() {
        InputException error = assertThrows(InputException.class,
                () -> LabChartReader.read("song.lab", "0 1 N\n1 2 X\n", ChartOptions.none()));
        assertEquals("song.lab: no chords: every line is empty, a comment, N or X", error.getMessage());
    }
}
