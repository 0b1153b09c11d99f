package io.continuo.facts.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.facts.pitch.Interval;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of chord qualities, one test per row. */
class ChordQualityTest {

    @ParameterizedTest(name = "{0}: lead sheet \"{1}\", Harte \"{2}\", intervals {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MAJOR                    | ''    | maj      | M3 P5
            MINOR                    | m     | min      | m3 P5
            DIMINISHED               | dim   | dim      | m3 d5
            AUGMENTED                | aug   | aug      | M3 A5
            SUSPENDED_SECOND         | sus2  | sus2     | M2 P5
            SUSPENDED_FOURTH         | sus4  | sus4     | P4 P5
            POWER                    | 5     | 5        | P5
            ROOT_ONLY                | (1)   | 1        | ''
            MAJOR_SIXTH              | 6     | maj6     | M3 P5 M6
            MINOR_SIXTH              | m6    | min6     | m3 P5 M6
            DOMINANT_SEVENTH         | 7     | 7        | M3 P5 m7
            MAJOR_SEVENTH            | maj7  | maj7     | M3 P5 M7
            MINOR_SEVENTH            | m7    | min7     | m3 P5 m7
            MINOR_MAJOR_SEVENTH      | mMaj7 | minmaj7  | m3 P5 M7
            DIMINISHED_SEVENTH       | dim7  | dim7     | m3 d5 d7
            HALF_DIMINISHED_SEVENTH  | m7b5  | hdim7    | m3 d5 m7
            AUGMENTED_SEVENTH        | aug7  | aug(b7)  | M3 A5 m7
            SUSPENDED_FOURTH_SEVENTH | 7sus4 | sus4(b7) | P4 P5 m7
            """)
    void qualityRow(ChordQuality quality, String leadSheetSuffix, String harteShorthand, String intervals) {
        assertEquals(leadSheetSuffix, quality.leadSheetSuffix());
        assertEquals(harteShorthand, quality.harteShorthand());
        assertEquals(intervals, quality.intervalsAboveRoot().stream().map(Interval::name).collect(Collectors.joining(" ")));
    }

    @ParameterizedTest(name = "C:{0} reads back as {0}")
    @EnumSource(ChordQuality.class)
    void harteShorthandReadsBackAsTheSameQuality(ChordQuality quality) {
        ChordSymbol chord = ChordSymbol.parseHarte("C:" + quality.harteShorthand());

        assertEquals(quality, chord.quality());
        assertEquals(List.of(), chord.tensions());
    }

    @ParameterizedTest(name = "C{0} reads back as {0}")
    @EnumSource(value = ChordQuality.class, mode = EnumSource.Mode.EXCLUDE, names = "ROOT_ONLY")
    void leadSheetSuffixReadsBackAsTheSameQuality(ChordQuality quality) {
        ChordSymbol chord = ChordSymbol.parse("C" + quality.leadSheetSuffix());

        assertEquals(quality, chord.quality());
        assertEquals(List.of(), chord.tensions());
    }

    @ParameterizedTest(name = "{0} is the only quality with its intervals")
    @EnumSource(ChordQuality.class)
    void noTwoQualitiesShareTheirIntervals(ChordQuality quality) {
        Set<ChordQuality> same = EnumSet.noneOf(ChordQuality.class);
        Arrays.stream(ChordQuality.values())
                .filter(other -> Set.copyOf(other.intervalsAboveRoot()).equals(Set.copyOf(quality.intervalsAboveRoot())))
                .forEach(same::add);

        assertEquals(EnumSet.of(quality), same);
    }
}
