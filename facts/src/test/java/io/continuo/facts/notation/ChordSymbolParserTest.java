package io.continuo.facts.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.SeventhType;
import io.continuo.facts.harmony.TriadType;
import io.continuo.facts.pitch.PitchClass;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lead-sheet vocabulary, one test per symbol: what it reads as, and how it is written back. */
class ChordSymbolParserTest {

    @ParameterizedTest(name = "{0} reads as {1} = {2}: {3} triad, {4} seventh, tones {5}")
    @CsvSource(delimiter = '|', textBlock = """
            C          | C            | C:maj              | MAJOR      | NONE       | C E G
            Cm         | Cm           | C:min              | MINOR      | NONE       | C Eb G
            C-         | Cm           | C:min              | MINOR      | NONE       | C Eb G
            Cmin       | Cm           | C:min              | MINOR      | NONE       | C Eb G
            Cdim       | Cdim         | C:dim              | DIMINISHED | NONE       | C Eb Gb
            C°         | Cdim         | C:dim              | DIMINISHED | NONE       | C Eb Gb
            Caug       | Caug         | C:aug              | AUGMENTED  | NONE       | C E G#
            C+         | Caug         | C:aug              | AUGMENTED  | NONE       | C E G#
            Csus2      | Csus2        | C:sus2             | SUSPENDED  | NONE       | C D G
            Csus4      | Csus4        | C:sus4             | SUSPENDED  | NONE       | C F G
            C6         | C6           | C:maj6             | MAJOR      | NONE       | C E G A
            Cm6        | Cm6          | C:min6             | MINOR      | NONE       | C Eb G A
            C7         | C7           | C:7                | MAJOR      | MINOR      | C E G Bb
            Cmaj7      | Cmaj7        | C:maj7             | MAJOR      | MAJOR      | C E G B
            CM7        | Cmaj7        | C:maj7             | MAJOR      | MAJOR      | C E G B
            CΔ7        | Cmaj7        | C:maj7             | MAJOR      | MAJOR      | C E G B
            Cm7        | Cm7          | C:min7             | MINOR      | MINOR      | C Eb G Bb
            C-7        | Cm7          | C:min7             | MINOR      | MINOR      | C Eb G Bb
            CmMaj7     | CmMaj7       | C:minmaj7          | MINOR      | MAJOR      | C Eb G B
            Cdim7      | Cdim7        | C:dim7             | DIMINISHED | DIMINISHED | C Eb Gb Bbb
            C°7        | Cdim7        | C:dim7             | DIMINISHED | DIMINISHED | C Eb Gb Bbb
            Cm7b5      | Cm7b5        | C:hdim7            | DIMINISHED | MINOR      | C Eb Gb Bb
            Cø7        | Cm7b5        | C:hdim7            | DIMINISHED | MINOR      | C Eb Gb Bb
            C9         | C9           | C:9                | MAJOR      | MINOR      | C E G Bb D
            C11        | C11          | C:7(9,11)          | MAJOR      | MINOR      | C E G Bb D F
            C13        | C13          | C:7(9,13)          | MAJOR      | MINOR      | C E G Bb D A
            C7b9       | C7b9         | C:7(b9)            | MAJOR      | MINOR      | C E G Bb Db
            C7#9       | C7#9         | C:7(#9)            | MAJOR      | MINOR      | C E G Bb D#
            C7#11      | C7#11        | C:7(#11)           | MAJOR      | MINOR      | C E G Bb F#
            Cadd9      | Cadd9        | C:maj(9)           | MAJOR      | NONE       | C E G D
            C/E        | C/E          | C:maj/3            | MAJOR      | NONE       | C E G
            G7/F       | G7/F         | G:7/b7             | MAJOR      | MINOR      | G B D F
            F#m7b5/A   | F#m7b5/A     | F#:hdim7/b3        | DIMINISHED | MINOR      | F# A C E
            Bb13       | Bb13         | Bb:7(9,13)         | MAJOR      | MINOR      | Bb D F Ab C G
            Ebmaj9     | Ebmaj9       | Eb:maj9            | MAJOR      | MAJOR      | Eb G Bb D F
            Ab7        | Ab7          | Ab:7               | MAJOR      | MINOR      | Ab C Eb Gb
            C6/9       | C6/9         | C:maj6(9)          | MAJOR      | NONE       | C E G A D
            C7sus4     | C7sus4       | C:sus4(b7)         | SUSPENDED  | MINOR      | C F G Bb
            C5         | C5           | C:5                | OPEN       | NONE       | C G
            C7alt      | C7b9#9#11b13 | C:7(b9,#9,#11,b13) | MAJOR      | MINOR      | C E G Bb Db D# F# Ab
            C+7        | Caug7        | C:aug(b7)          | AUGMENTED  | MINOR      | C E G# Bb
            C7#5       | Caug7        | C:aug(b7)          | AUGMENTED  | MINOR      | C E G# Bb
            Cm9        | Cm9          | C:min9             | MINOR      | MINOR      | C Eb G Bb D
            Cmaj7#11   | Cmaj7#11     | C:maj7(#11)        | MAJOR      | MAJOR      | C E G B F#
            C7b5       | C7b5         | C:7(*5,b5)         | MAJOR      | MINOR      | C E Gb Bb
            Cmaj7#5    | Cmaj7#5      | C:maj7(*5,#5)      | AUGMENTED  | MAJOR      | C E G# B
            C7b13      | C7b13        | C:7(b13)           | MAJOR      | MINOR      | C E G Bb Ab
            Cm11       | Cm11         | C:min7(9,11)       | MINOR      | MINOR      | C Eb G Bb D F
            C9sus4     | C7sus4(9)    | C:sus4(b7,9)       | SUSPENDED  | MINOR      | C F G Bb D
            C7sus2     | C7sus2       | C:sus2(b7)         | SUSPENDED  | MINOR      | C D G Bb
            Cmaj7sus4  | Cmaj7sus4    | C:sus4(7)          | SUSPENDED  | MAJOR      | C F G B
            Cm(add9)   | Cmadd9       | C:min(9)           | MINOR      | NONE       | C Eb G D
            Cmadd9     | Cmadd9       | C:min(9)           | MINOR      | NONE       | C Eb G D
            Cadd11     | Cadd11       | C:maj(11)          | MAJOR      | NONE       | C E G F
            Cno3       | C5           | C:5                | OPEN       | NONE       | C G
            Dbmaj7/F   | Dbmaj7/F     | Db:maj7/3          | MAJOR      | MAJOR      | Db F Ab C
            """)
    void symbolRow(String written, String symbol, String harte, TriadType triad, SeventhType seventh, String tones) {
        ChordSymbol chord = ChordSymbolParser.parse(written);

        assertEquals(symbol, chord.symbol());
        assertEquals(harte, chord.harte());
        assertEquals(triad, chord.triad());
        assertEquals(seventh, chord.seventh());
        assertEquals(tones, chord.tones().stream().map(PitchClass::name).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CM7          | Cmaj7
            Cma7         | Cmaj7
            C^7          | Cmaj7
            CΔ           | Cmaj7
            Cmi7         | Cm7
            Cmin7        | Cm7
            Ch7          | Cm7b5
            C-7b5        | Cm7b5
            Cm7(b5)      | Cm7b5
            Co7          | Cdim7
            Co           | Cdim
            Csus         | Csus4
            C2           | Csus2
            C69          | C6/9
            C(add9)      | Cadd9
            Cadd2        | Cadd9
            Cm(maj7)     | CmMaj7
            C-Δ7         | CmMaj7
            C7+          | Caug7
            Caug7        | Caug7
            Cmaj7(#5)    | Cmaj7#5
            C7(b9,#11)   | C7b9#11
            C7(b9, #11)  | C7b9#11
            C7-9         | C7b9
            C7omit5      | C7no5
            F♯m          | F#m
            B♭7          | Bb7
            ' Cm7 '      | Cm7
            """)
    void spellingsOfOneChordReadAlike(String written, String same) {
        assertEquals(ChordSymbolParser.parse(same), ChordSymbolParser.parse(written));
    }

    @Test
    void theSlashOfSixNineIsNoBass() {
        ChordSymbol chord = ChordSymbolParser.parse("C6/9");

        assertEquals(PitchClass.C, chord.bass());
    }

    @Test
    void aSlashBassIsReadAsWritten() {
        ChordSymbol chord = ChordSymbolParser.parse("G7/F");

        assertEquals(PitchClass.parse("F"), chord.bass());
        assertEquals(PitchClass.parse("G"), chord.root());
    }

    @ParameterizedTest(name = "\"{0}\" fails at position {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hm7      | 0
            cm       | 0
            ''       | 0
            m7       | 0
            Cqrs     | 1
            Cadd     | 1
            Cmaj7b   | 5
            Cm7#13   | 3
            C/       | 2
            Cmaj7/Q  | 6
            Cm7/     | 4
            C/Eb7    | 2
            F#m7z    | 4
            """)
    void unknownSymbolsFailAtThePositionWhereReadingStops(String symbol, int position) {
        NotationException error = assertThrows(NotationException.class, () -> ChordSymbolParser.parse(symbol));

        assertEquals(position, error.position());
        assertEquals(symbol, error.text());
        assertTrue(error.reason().startsWith("unknown chord symbol"), error.reason());
    }

    /**
     * {@code x} after a letter is a double sharp, so {@code Cxyz} is C double-sharp followed by an
     * unreadable {@code yz}: reading stops at position 2, not 1.
     */
    @Test
    void anXAfterTheRootIsADoubleSharp() {
        NotationException error = assertThrows(NotationException.class, () -> ChordSymbolParser.parse("Cxyz"));

        assertEquals(2, error.position());
        assertEquals(PitchClass.parse("C##"), ChordSymbolParser.parse("Cx").root());
    }

    @Test
    void theMessageNamesTheSymbolAndAOneBasedPosition() {
        NotationException error = assertThrows(NotationException.class, () -> ChordSymbolParser.parse("Cmaj7/Q"));

        assertEquals("unknown chord symbol: bad bass note in 'Cmaj7/Q' at position 7", error.getMessage());
    }

    @Test
    void chordSymbolParseDelegatesToTheParser() {
        assertEquals(ChordSymbolParser.parse("F#m7b5/A"), ChordSymbol.parse("F#m7b5/A"));
        assertThrows(NotationException.class, () -> ChordSymbol.parse("Hm7"));
    }

    @Test
    void extensionsStackTheirThirds() {
        assertEquals(List.of("C", "E", "G", "Bb", "D", "A"), names(ChordSymbolParser.parse("C13")));
        assertEquals(List.of("C", "Eb", "G", "Bb", "D", "F", "A"), names(ChordSymbolParser.parse("Cm13")));
    }

    private static List<String> names(ChordSymbol chord) {
        return chord.tones().stream().map(PitchClass::name).toList();
    }
}
