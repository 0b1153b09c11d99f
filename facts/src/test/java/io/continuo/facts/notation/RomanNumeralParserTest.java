package io.continuo.facts.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.RomanNumeralFigure.ChordFactor;
import io.continuo.facts.notation.RomanNumeralFigure.FigureDigit;
import io.continuo.facts.notation.RomanNumeralFigure.Kind;
import io.continuo.facts.notation.RomanNumeralFigure.Quality;
import io.continuo.facts.pitch.PitchClass;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RomanText figures: how each is read, the chord it stands for in a key, and where bad ones fail. */
class RomanNumeralParserTest {

    @ParameterizedTest(name = "{0}: {1}, accidental {2}, degree {3}, {4}, {5}")
    @CsvSource(delimiter = '|', textBlock = """
            I           | NUMERAL            |  0 | 1 | MAJOR           | TRIAD
            ii6         | NUMERAL            |  0 | 2 | MINOR           | SIX
            V7          | NUMERAL            |  0 | 5 | MAJOR           | SEVEN
            V65         | NUMERAL            |  0 | 5 | MAJOR           | SIX_FIVE
            V6/5        | NUMERAL            |  0 | 5 | MAJOR           | SIX_FIVE
            viio43      | NUMERAL            |  0 | 7 | DIMINISHED      | FOUR_THREE
            viiø42      | NUMERAL            |  0 | 7 | HALF_DIMINISHED | FOUR_TWO
            vii/o7      | NUMERAL            |  0 | 7 | HALF_DIMINISHED | SEVEN
            V2          | NUMERAL            |  0 | 5 | MAJOR           | FOUR_TWO
            III+6       | NUMERAL            |  0 | 3 | AUGMENTED       | SIX
            bVI64       | NUMERAL            | -1 | 6 | MAJOR           | SIX_FOUR
            -VI         | NUMERAL            | -1 | 6 | MAJOR           | TRIAD
            #ivø7       | NUMERAL            |  1 | 4 | HALF_DIMINISHED | SEVEN
            V9          | NUMERAL            |  0 | 5 | MAJOR           | NINE
            V11         | NUMERAL            |  0 | 5 | MAJOR           | ELEVEN
            V13         | NUMERAL            |  0 | 5 | MAJOR           | THIRTEEN
            Vb9         | NUMERAL            |  0 | 5 | MAJOR           | NINE
            V54         | NUMERAL            |  0 | 5 | MAJOR           | FIVE_FOUR
            V74         | NUMERAL            |  0 | 5 | MAJOR           | SEVEN_FOUR
            N6          | NEAPOLITAN         | -1 | 2 | MAJOR           | SIX
            N           | NEAPOLITAN         | -1 | 2 | MAJOR           | SIX
            N64         | NEAPOLITAN         | -1 | 2 | MAJOR           | SIX_FOUR
            Cad64       | CADENTIAL_SIX_FOUR |  0 | 1 | OF_THE_KEY      | SIX_FOUR
            It6         | ITALIAN_SIXTH      |  0 | 6 | AUGMENTED_SIXTH | SIX
            Fr43        | FRENCH_SIXTH       |  0 | 6 | AUGMENTED_SIXTH | FOUR_THREE
            Ger65       | GERMAN_SIXTH       |  0 | 6 | AUGMENTED_SIXTH | SIX_FIVE
            Ger7        | GERMAN_SIXTH       |  0 | 6 | AUGMENTED_SIXTH | SEVEN
            """)
    void figuresAreReadIntoTheirParts(String text, Kind kind, int accidental, int degree, Quality quality,
                                      InversionFigure figure) {
        RomanNumeralFigure parsed = RomanNumeralParser.parse(text);
        assertEquals(text, parsed.text());
        assertEquals(kind, parsed.kind());
        assertEquals(accidental, parsed.rootAlteration());
        assertEquals(degree, parsed.degree());
        assertEquals(quality, parsed.quality());
        assertEquals(figure, parsed.figure());
        assertFalse(parsed.literalFigure());
    }

    @Test
    void appliedChordsChainToTheRight() {
        RomanNumeralFigure figure = RomanNumeralParser.parse("V7/V/vi");
        assertTrue(figure.isApplied());
        RomanNumeralFigure target = figure.appliedTo().orElseThrow();
        assertEquals("V/vi", target.text());
        assertEquals("vi", target.appliedTo().orElseThrow().text());
        assertFalse(target.appliedTo().orElseThrow().isApplied());
        assertEquals(Key.parse("E major"), figure.keyReadIn(Key.parse("C")));
    }

    @Test
    void bracketsAreKeptWithTheirNumbers() {
        RomanNumeralFigure figure = RomanNumeralParser.parse("V43[no3no5][add#6][b7]/ii");
        assertEquals(List.of(3, 5), figure.omissions());
        assertEquals(List.of(new ChordFactor(6, 1)), figure.additions());
        assertEquals(List.of(new ChordFactor(7, -1)), figure.alterations());
        assertEquals("ii", figure.appliedTo().orElseThrow().text());
    }

    @Test
    void digitsKeepTheirAccidentals() {
        assertEquals(List.of(new FigureDigit(7, 0), new FigureDigit(9, -1)), RomanNumeralParser.parse("V7b9").digits());
        assertEquals(List.of(new FigureDigit(6, 0), new FigureDigit(4, 1), new FigureDigit(2, 0)),
                RomanNumeralParser.parse("viio6#42").digits());
    }

    @Test
    void digitsThatAreNoShorthandAreReadLiterally() {
        RomanNumeralFigure figure = RomanNumeralParser.parse("ii7542");
        assertTrue(figure.literalFigure());
        assertEquals(InversionFigure.SEVEN, figure.figure());
        // Over D in C major: the 7, 5, 4 and 2 above it, and no third.
        assertChord("C", "ii7542", "D", "D E G A C", "D");
    }

    /**
     * One row per figure: the key, the figure, the root, the tones from the root, and the bass. Tones
     * are spelled from the key's letters (IV in Eb is Ab, not G#).
     */
    @ParameterizedTest(name = "{1} in {0} is {3} over {4}")
    @CsvSource(delimiter = '|', textBlock = """
            C   | I          | C  | C E G         | C
            C   | ii65       | D  | D F A C       | F
            C   | IV64       | F  | F A C         | C
            C   | V7         | G  | G B D F       | G
            C   | V42        | G  | G B D F       | F
            C   | viiø7      | B  | B D F A       | B
            C   | viio7      | B  | B D F Ab      | B
            C   | V65/V      | D  | D F# A C      | F#
            C   | viio7/V    | F# | F# A C Eb     | F#
            C   | viio7/ii   | C# | C# E G Bb     | C#
            C   | V/V/V      | A  | A C# E        | A
            C   | V7/IV      | C  | C E G Bb      | C
            C   | N6         | Db | Db F Ab       | F
            C   | N          | Db | Db F Ab       | F
            C   | It6        | Ab | Ab C F#       | Ab
            C   | Ger65      | Ab | Ab C Eb F#    | Ab
            C   | Fr43       | Ab | Ab C D F#     | Ab
            C   | Cad64      | C  | C E G         | G
            C   | Cad64/V    | G  | G B D         | D
            C   | bVI        | Ab | Ab C Eb       | Ab
            C   | bVII7      | Bb | Bb D F A      | Bb
            C   | bII7       | Db | Db F Ab C     | Db
            C   | iv         | F  | F Ab C        | F
            C   | i7         | C  | C Eb G Bb     | C
            C   | iv65       | F  | F Ab C Eb     | Ab
            C   | V9         | G  | G B D F A     | G
            C   | V+7        | G  | G B D# F      | G
            C   | III+       | E  | E G# B#       | E
            C   | #ivø7      | F# | F# A C E      | F#
            C   | Vb9        | G  | G B D F Ab    | G
            C   | V7b9       | G  | G B D F Ab    | G
            C   | V54        | G  | G C D         | G
            C   | V74        | G  | G C D F       | G
            C   | V43[b5]    | G  | G B Db F      | Db
            C   | V[add4][no3] | G | G C D        | G
            C   | V7[no5]    | G  | G B F         | G
            C   | V65[no3]   | G  | G D F         | D
            C   | I[add6]    | C  | C E G A       | C
            C   | I[add9]    | C  | C E G D       | C
            C   | i[no1]     | C  | C Eb G        | C
            C   | ii65[#7]   | D  | D F A C#      | F
            Eb  | IV         | Ab | Ab C Eb       | Ab
            Eb  | V7/IV      | Eb | Eb G Bb Db    | Eb
            F#  | viio7      | E# | E# G# B D     | E#
            Db  | bVI        | Bbb | Bbb Db Fb    | Bbb
            a   | i          | A  | A C E         | A
            a   | V7         | E  | E G# B D      | E
            a   | V9         | E  | E G# B D F    | E
            a   | VII        | G  | G B D         | G
            a   | vii        | G# | G# B D#       | G#
            a   | viio       | G# | G# B D        | G#
            a   | viio7      | G# | G# B D F      | G#
            a   | viiø7      | G# | G# B D F#     | G#
            a   | VI         | F  | F A C         | F
            a   | vi         | F# | F# A C#       | F#
            a   | vio        | F# | F# A C        | F#
            a   | vi7        | F# | F# A C# E     | F#
            a   | III+       | C  | C E G#        | C
            a   | iv         | D  | D F A         | D
            a   | IV         | D  | D F# A        | D
            a   | iio        | B  | B D F         | B
            a   | iiø65      | B  | B D F A       | D
            a   | N6         | Bb | Bb D F        | D
            a   | Cad64      | A  | A C E         | E
            a   | It6        | F  | F A D#        | F
            a   | V/III      | G  | G B D         | G
            a   | V7/iv      | A  | A C# E G      | A
            c   | Ger65      | Ab | Ab C Eb F#    | Ab
            C   | Ger65/V    | Eb | Eb G Bb C#    | Eb
            g   | Ger65/V    | Bb | Bb D F G#     | Bb
            """)
    void figuresAreRealisedInAKey(String key, String figure, String root, String tones, String bass) {
        assertChord(key, figure, root, tones, bass);
    }

    /**
     * The sixth and seventh degrees in minor (A minor): case decides raised or natural, and one
     * accidental in the sensible direction is a courtesy (music21's CAUTIONARY reading).
     */
    @ParameterizedTest(name = "{0} in A minor stands on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VII    | G
            bVII   | G
            bbVII  | Gb
            #VII   | G#
            vii    | G#
            #vii   | G#
            ##vii  | G##
            bvii   | G
            viio   | G#
            #viio  | G#
            VI     | F
            bVI    | F
            #VI    | F#
            vi     | F#
            #vio   | F#
            bvi    | F
            """)
    void theSixthAndSeventhInMinorFollowTheCautionaryConvention(String figure, String root) {
        assertEquals(PitchClass.parse(root), RomanNumeralParser.parse(figure).chordIn(Key.parse("a")).root());
    }

    /** The figure of an augmented sixth chord places the bass; the tones are those of its name. */
    @ParameterizedTest(name = "{0} in C has {1} in the bass")
    @CsvSource(delimiter = '|', textBlock = """
            It     | Ab
            It6    | Ab
            It53   | F#
            It64   | C
            Fr     | Ab
            Fr6    | Ab
            Fr43   | Ab
            Fr7    | D
            Fr65   | F#
            Fr42   | C
            Ger    | Ab
            Ger6   | Ab
            Ger65  | Ab
            Ger7   | F#
            Ger43  | C
            Ger42  | Eb
            """)
    void augmentedSixthFiguresPlaceTheBass(String figure, String bass) {
        ChordSymbol chord = RomanNumeralParser.parse(figure).chordIn(Key.parse("C"));
        assertEquals(PitchClass.parse(bass), chord.bass());
        assertEquals(PitchClass.parse("Ab"), chord.root());
    }

    @ParameterizedTest(name = "''{0}'' fails at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''           | 0 | empty Roman numeral
            X            | 0 | no Roman numeral
            IIII         | 0 | unknown Roman numeral
            Vi           | 0 | unknown Roman numeral
            #bV          | 1 | mixed sharps and flats
            ###V         | 0 | more than a double sharp or flat
            V1           | 1 | not a figured-bass digit
            V7x          | 2 | unexpected 'x'
            V65M9        | 3 | unexpected 'M'
            I6+          | 2 | unexpected '+'
            V7[add]      | 6 | a bracket needs a chord factor
            V7[no3       | 2 | unclosed '['
            V7[x5]       | 3 | unknown bracket
            V7[#15]      | 4 | chord factors run from 1 to 13
            IV/V[I]      | 5 | unknown bracket
            V/X          | 2 | no Roman numeral
            V/Ger65      | 2 | only a numeral can be tonicized
            It42         | 2 | unknown figure for an augmented sixth chord
            Ger6b5       | 4 | an augmented sixth chord takes no accidentals
            Cad64x       | 5 | unexpected 'x'
            """)
    void badFiguresNameTheirPosition(String text, int position, String reason) {
        NotationException error = assertThrows(NotationException.class, () -> RomanNumeralParser.parse(text));
        assertEquals(position, error.position(), error.getMessage());
        assertTrue(error.reason().startsWith(reason), error.getMessage());
        assertEquals(text, error.text());
    }

    @Test
    void bracketsOnAugmentedSixthsAreKeptButNotApplied() {
        RomanNumeralFigure figure = RomanNumeralParser.parse("It53[no5]");
        assertEquals(List.of(5), figure.omissions());
        assertChord("C", "It53[no5]", "Ab", "Ab C F#", "F#");
    }

    @Test
    void aFigureWithASeventhSaysSo() {
        assertTrue(RomanNumeralParser.parse("V65").hasSeventh());
        assertTrue(RomanNumeralParser.parse("Ger65").hasSeventh());
        assertFalse(RomanNumeralParser.parse("It6").hasSeventh());
        assertFalse(RomanNumeralParser.parse("I6").hasSeventh());
        assertEquals(2, RomanNumeralParser.parse("V43").inversion());
    }

    private static void assertChord(String key, String figure, String root, String tones, String bass) {
        ChordSymbol chord = RomanNumeralParser.parse(figure).chordIn(Key.parse(key));
        assertEquals(root, chord.root().name(), figure + " root");
        assertEquals(tones, chord.tones().stream().map(PitchClass::name).collect(Collectors.joining(" ")),
                figure + " tones");
        assertEquals(bass, chord.bass().name(), figure + " bass");
    }
}
