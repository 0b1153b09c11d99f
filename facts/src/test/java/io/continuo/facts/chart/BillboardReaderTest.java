package io.continuo.facts.chart;

import static io.continuo.facts.chart.TextChartReaderTest.assertChords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.time.TimeSignature;
import org.junit.jupiter.api.Test;

/** The McGill Billboard salami_chords format, on a song written here in its syntax. */
class BillboardReaderTest {

    private static final String SONG = """
            # title: A Test Song
            # artist: Nobody
            # metre: 3/4
            # tonic: C

            0.0\tsilence
            1.0\tA, intro, | C:maj | G:7 |, (guitar)
            3.0\tB, verse, | C:maj . F:maj . | N | x2
            7.0\t| A:min (2/4) | D:min7 * |, guitar)
            9.0\tZ, fadeout
            10.0\tend
            """;

    @Test
    void barsShareTheirLineAndChordsShareTheirBar() {
        Piece piece = BillboardReader.read("salami_chords.txt", SONG, ChartOptions.none());
        assertEquals("A Test Song", piece.title());
        assertEquals(new TimeSignature(3, 4), piece.timeSignature());
        assertTrue(piece.givenKey().isEmpty(), "the tonic annotation is left to the evaluation");
        // 1–3 s: two bars; 3–7 s: | C . F . | N | twice, one second a bar; 7–9 s: two bars.
        assertChords(piece, "C 1 2", "G7 2 3", "C 3 3.5", "F 3.5 4", "C 5 5.5", "F 5.5 6", "Am 7 8", "Dm7 8 9");
    }

    @Test
    void anUnknownLabelIsNamedByLineAndColumn() {
        InputException error = assertThrows(InputException.class, () -> BillboardReader.read("s.txt",
                "# tonic: C\n0.0\tA, verse, | C:maj | G:foo |\n", ChartOptions.none()));
        assertEquals(2, error.line());
        assertEquals(27, error.column(), error.getMessage()); // the "foo" of G:foo
    }

    @Test
    void anAnnotationWithoutChordsIsAnError() {
        assertThrows(InputException.class,
                () -> BillboardReader.read("s.txt", "0.0\tsilence\n5.0\tend\n", ChartOptions.none()));
    }
}
