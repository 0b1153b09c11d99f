package io.continuo.facts.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.pitch.Interval;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a chord symbol knows about itself once read: tones, inversion, shapes, and how it writes itself. */
class ChordSymbolTest {

    @ParameterizedTest(name = "{0} has inversion {1}")
    @CsvSource({
            "C,       0", "C/E,     1", "C/G,     2", "G7/F,    3", "C/D,    -1", "G7/B,    1", "G7/D,    2",
            "Cm/Eb,   1", "F#m7b5/A, 1", "Cmaj7/B, 3", "Cdim7/Bbb, 3", "C/Fb,   1", "Csus4/F, -1", "C9/D,  -1",
    })
    void inversionNamesTheChordToneInTheBass(String symbol, int inversion) {
        ChordSymbol chord = ChordSymbol.parse(symbol);

        assertEquals(inversion, chord.inversion());
        assertEquals(inversion == 0, chord.isRootPosition());
    }

    @Test
    void ab7IsSpelledWithGbNotFSharp() {
        List<PitchClass> tones = ChordSymbol.parse("Ab7").tones();

        assertEquals(pitches("Ab C Eb Gb"), tones);
        assertFalse(tones.contains(PitchClass.parse("F#")));
    }

    @Test
    void aDiminishedSeventhIsSpelledAsASeventh() {
        assertEquals(pitches("C Eb Gb Bbb"), ChordSymbol.parse("Cdim7").tones());
        assertEquals(SeventhType.DIMINISHED, ChordSymbol.parse("Cdim7").seventh());
    }

    @Test
    void aSixthIsNoSeventh() {
        assertEquals(SeventhType.NONE, ChordSymbol.parse("C6").seventh());
    }

    @Test
    void twoSpellingsOfTheAugmentedSeventhAreOneSymbol() {
        assertEquals(ChordSymbol.parse("C+7"), ChordSymbol.parse("C7#5"));
        assertEquals("Caug7", ChordSymbol.parse("C7#5").symbol());
    }

    @Test
    void intervalsReplaceThePerfectFifthByAnAlteredOne() {
        ChordSymbol chord = ChordSymbol.parse("C7b5");

        assertEquals(List.of(Interval.MAJOR_THIRD, Interval.DIMINISHED_FIFTH, Interval.MINOR_SEVENTH), chord.intervals());
        assertEquals(pitches("C E Gb Bb"), chord.tones());
    }

    @Test
    void pitchClassSetAddsABassThatIsNoChordTone() {
        assertEquals(Set.of(0, 4, 7, 2), ChordSymbol.parse("C/D").pitchClassSet());
        assertEquals(Set.of(0, 4, 7), ChordSymbol.parse("C/E").pitchClassSet());
    }

    @ParameterizedTest(name = "{0}: dominant seventh {1}, dominant shape {2}, leading-tone shape {3}")
    @CsvSource({
            "G,      false, true,  false",
            "G7,     true,  true,  false",
            "G9,     true,  true,  false",
            "G13,    true,  true,  false",
            "G6/9,   false, false, false",
            "G7/F,   true,  true,  false",
            "G6,     false, false, false",
            "Gmaj7,  false, false, false",
            "Gm7,    false, false, false",
            "Gsus4,  false, false, false",
            "Bdim,   false, false, true",
            "Bm7b5,  false, false, true",
            "Bdim7,  false, false, true",
            "Bm,     false, false, false",
    })
    void shapesOfDominantAndLeadingToneChords(String symbol, boolean dominantSeventh, boolean dominantShape,
                                              boolean leadingToneShape) {
        ChordSymbol chord = ChordSymbol.parse(symbol);

        assertEquals(dominantSeventh, chord.isDominantSeventh());
        assertEquals(dominantShape, chord.hasDominantShape());
        assertEquals(leadingToneShape, chord.hasLeadingToneShape());
    }

    @ParameterizedTest(name = "{0} writes itself as a symbol that reads back the same")
    @ValueSource(strings = {
            "C", "Cm", "Cdim", "Caug", "Csus2", "Csus4", "C5", "C6", "Cm6", "C6/9", "Cm6/9", "C7", "Cmaj7", "Cm7",
            "CmMaj7", "Cdim7", "Cm7b5", "Caug7", "C7sus4", "C9", "C11", "C13", "Cm9", "Cm11", "Cm13", "Cmaj9",
            "Cmaj13", "C7b9", "C7#9", "C7#11", "C7b13", "C7alt", "C7b5", "Cmaj7#5", "Cmaj7#11", "C9sus4", "C13sus4",
            "CmMaj9", "Cadd9", "Cadd11", "Cm(add9)", "C7sus2", "Cmaj7sus4", "Cmaj7sus2", "Cdim(add9)",
            "C/E", "G7/F", "F#m7b5/A", "Bb13", "Ebmaj9", "Ab7", "C/D", "Dbmaj7/F",
    })
    void symbolReadsBackAsTheSameChord(String written) {
        ChordSymbol chord = ChordSymbol.parse(written);

        assertEquals(chord, ChordSymbol.parse(chord.symbol()));
    }

    @ParameterizedTest(name = "{0} writes a Harte label that reads back the same")
    @ValueSource(strings = {
            "C", "Cm", "Cdim", "Caug", "Csus2", "Csus4", "C5", "C6", "Cm6", "C6/9", "C7", "Cmaj7", "Cm7", "CmMaj7",
            "Cdim7", "Cm7b5", "Caug7", "C7sus4", "C9", "C11", "C13", "Cm9", "Cmaj9", "C7b9", "C7#9", "C7alt",
            "C7b5", "Cmaj7#5", "Cadd9", "C7sus2", "C/E", "G7/F", "F#m7b5/A", "Bb13", "C/D", "Cdim7/Bbb",
    })
    void harteReadsBackAsTheSameChord(String written) {
        ChordSymbol chord = ChordSymbol.parse(written);

        assertEquals(chord, ChordSymbol.parseHarte(chord.harte()));
    }

    @Test
    void ofNamesTheLargestQualityTheIntervalsContain() {
        ChordSymbol chord = ChordSymbol.of(PitchClass.C,
                Set.of(Interval.UNISON, Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH, Interval.MINOR_SEVENTH,
                        Interval.MAJOR_NINTH), null);

        assertEquals(ChordQuality.DOMINANT_SEVENTH, chord.quality());
        assertEquals(List.of(Interval.MAJOR_NINTH), chord.tensions());
        assertEquals(PitchClass.C, chord.bass());
    }

    @Test
    void ofKeepsAnAlteredFifthNoQualityExplainsAsATension() {
        ChordSymbol chord = ChordSymbol.of(PitchClass.C,
                Set.of(Interval.MAJOR_THIRD, Interval.DIMINISHED_FIFTH, Interval.MINOR_SEVENTH), null);

        assertEquals(ChordQuality.DOMINANT_SEVENTH, chord.quality());
        assertEquals(List.of(Interval.DIMINISHED_FIFTH), chord.tensions());
    }

    @Test
    void ofPrefersAQualityThatHasTheAlteredFifth() {
        ChordSymbol chord = ChordSymbol.of(PitchClass.C,
                Set.of(Interval.MAJOR_THIRD, Interval.AUGMENTED_FIFTH, Interval.MINOR_SEVENTH), null);

        assertEquals(ChordQuality.AUGMENTED_SEVENTH, chord.quality());
        assertEquals(List.of(), chord.tensions());
    }

    @Test
    void ofSortsTensionsByNumber() {
        ChordSymbol chord = ChordSymbol.of(PitchClass.C, Set.of(Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH,
                Interval.MINOR_SEVENTH, Interval.MINOR_THIRTEENTH, Interval.AUGMENTED_NINTH, Interval.MINOR_NINTH), null);

        assertEquals(List.of(Interval.MINOR_NINTH, Interval.AUGMENTED_NINTH, Interval.MINOR_THIRTEENTH), chord.tensions());
    }

    @Test
    void tensionsAreImmutable() {
        List<Interval> tensions = new ArrayList<>(List.of(Interval.MAJOR_NINTH));
        ChordSymbol chord = new ChordSymbol(PitchClass.C, ChordQuality.MAJOR, tensions, null);
        tensions.clear();

        assertEquals(List.of(Interval.MAJOR_NINTH), chord.tensions());
        assertThrows(UnsupportedOperationException.class, () -> chord.tensions().add(Interval.MAJOR_SIXTH));
    }

    @Test
    void toStringIsTheSymbol() {
        assertEquals("F#m7b5/A", ChordSymbol.parse("F#-7b5/A").toString());
    }

    static List<PitchClass> pitches(String names) {
        return List.of(names.split(" ")).stream().map(PitchClass::parse).collect(Collectors.toList());
    }
}
