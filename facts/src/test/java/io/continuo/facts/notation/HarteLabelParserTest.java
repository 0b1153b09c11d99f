package io.continuo.facts.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.harmony.ChordQuality;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.SeventhType;
import io.continuo.facts.harmony.TriadType;
import io.continuo.facts.pitch.PitchClass;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Harte et al. (ISMIR 2005) chord labels, one test per label. */
class HarteLabelParserTest {

    @ParameterizedTest(name = "{0} reads as {1}, written back {2}, bass {3}, tones {4}")
    @CsvSource(delimiter = '|', textBlock = """
            C:maj          | C          | C:maj          | C   | C E G
            A:min7         | Am7        | A:min7         | A   | A C E G
            G:7/3          | G7/B       | G:7/3          | B   | G B D F
            C:hdim7        | Cm7b5      | C:hdim7        | C   | C Eb Gb Bb
            C:maj(9)       | Cadd9      | C:maj(9)       | C   | C E G D
            C:(1,b3,5)     | Cm         | C:min          | C   | C Eb G
            E:sus4(b7,9)   | E7sus4(9)  | E:sus4(b7,9)   | E   | E A B D F#
            D:min/b3       | Dm/F       | D:min/b3       | F   | D F A
            C:1            | C(1)       | C:(1)          | C   | C
            C:5            | C5         | C:5            | C   | C G
            C              | C          | C:maj          | C   | C E G
            C:9            | C9         | C:9            | C   | C E G Bb D
            C:13           | C13(11)    | C:7(9,11,13)   | C   | C E G Bb D F A
            C:aug(b7)      | Caug7      | C:aug(b7)      | C   | C E G# Bb
            C:dim7/bb7     | Cdim7/Bbb  | C:dim7/bb7     | Bbb | C Eb Gb Bbb
            Bb:7/b7        | Bb7/Ab     | Bb:7/b7        | Ab  | Bb D F Ab
            C:min(*b3,3)   | C          | C:maj          | C   | C E G
            F#:min7        | F#m7       | F#:min7        | F#  | F# A C# E
            """)
    void labelRow(String label, String symbol, String harte, String bass, String tones) {
        ChordSymbol chord = HarteLabelParser.parse(label);

        assertEquals(symbol, chord.symbol());
        assertEquals(harte, chord.harte());
        assertEquals(PitchClass.parse(bass), chord.bass());
        assertEquals(tones, chord.tones().stream().map(PitchClass::name).collect(Collectors.joining(" ")));
    }

    @Test
    void g7OverTheThirdHasBInTheBass() {
        ChordSymbol chord = HarteLabelParser.parse("G:7/3");

        assertEquals(PitchClass.parse("B"), chord.bass());
        assertEquals(ChordQuality.DOMINANT_SEVENTH, chord.quality());
        assertEquals(1, chord.inversion());
    }

    @Test
    void anOmittedFifthLeavesTheThirdAndSeventh() {
        ChordSymbol chord = HarteLabelParser.parse("C:maj7(*5)");

        assertEquals("C E B", chord.tones().stream().map(PitchClass::name).collect(Collectors.joining(" ")));
        assertEquals(TriadType.MAJOR, chord.triad());
        assertEquals(SeventhType.MAJOR, chord.seventh());
        assertEquals("C:(1,3,7)", chord.harte());
    }

    @Test
    void harteAndLeadSheetNotationReadAsTheSameChord() {
        assertEquals(ChordSymbol.parse("F#m7b5/A"), HarteLabelParser.parse("F#:hdim7/b3"));
        assertEquals(ChordSymbol.parse("Ebmaj9"), HarteLabelParser.parse("Eb:maj9"));
    }

    @ParameterizedTest(name = "\"{0}\" fails at position {1}")
    @CsvSource(delimiter = '|', textBlock = """
            C:foo       | 2
            C:maj(      | 5
            C:maj/x     | 6
            C:maj(14)   | 6
            C:maj(9,x)  | 8
            C:maj(9)x   | 8
            c:maj       | 0
            H:maj       | 0
            ''          | 0
            C:7/        | 4
            Cmaj        | 1
            """)
    void badLabelsFailAtThePositionWhereReadingStops(String label, int position) {
        NotationException error = assertThrows(NotationException.class, () -> HarteLabelParser.parse(label));

        assertEquals(position, error.position());
        assertTrue(error.reason().startsWith("unknown chord label"), error.reason());
    }

    @Test
    void anUnknownShorthandIsNamedInTheReason() {
        NotationException error = assertThrows(NotationException.class, () -> HarteLabelParser.parse("C:foo"));

        assertEquals("unknown chord label: no shorthand 'foo' in", error.reason());
        assertEquals("C:foo", error.text());
    }

    @ParameterizedTest(name = "\"{0}\" names no chord")
    @ValueSource(strings = {"N", "X", " N ", "X\t"})
    void noChordAndUnknownLabelsAreNoChords(String label) {
        assertTrue(HarteLabelParser.isNoChord(label));
    }

    @ParameterizedTest(name = "\"{0}\" is not a no-chord label")
    @ValueSource(strings = {"C:maj", "N.C.", "NC", "n", "A"})
    void chordLabelsAreNotNoChords(String label) {
        assertFalse(HarteLabelParser.isNoChord(label));
    }

    @Test
    void chordSymbolParseHarteDelegatesToTheParser() {
        assertEquals(HarteLabelParser.parse("A:min7"), ChordSymbol.parseHarte("A:min7"));
    }
}
