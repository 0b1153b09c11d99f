package io.continuo.facts.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.KeyEvidence;
import io.continuo.facts.harmony.Mode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChordToneKeyProfileTest {

    @Test
    void thereIsOneCandidateForEachOfThe24Keys() {
        List<KeyEvidence> evidence = ChordToneKeyProfile.evidence(progression("C F G C"));

        assertEquals(24, evidence.size());
        for (Mode mode : Mode.values()) {
            Set<Integer> tonics = evidence.stream().filter(e -> e.key().mode() == mode)
                    .map(e -> e.key().tonic().semitone()).collect(Collectors.toSet());
            assertEquals(12, tonics.size(), mode + " tonics");
        }
    }

    @ParameterizedTest(name = "{0} is most like {1}")
    @CsvSource(delimiter = '|', textBlock = """
            C F G C           | C major
            Am Dm E7 Am       | A minor
            Dm Gm A7 Dm       | D minor
            G C D7 G          | G major
            Gb Cb Db7 Gb      | Gb major
            F# B C#7 F#       | F# major
            Em Am B7 Em       | E minor
            """)
    void theBestCandidateIsTheKeyOfTheProgression(String chords, String key) {
        assertEquals(Key.parse(key), best(ChordToneKeyProfile.evidence(progression(chords))).key());
    }

    @Test
    void noChordsGiveNoEvidence() {
        assertEquals(List.of(), ChordToneKeyProfile.evidence(List.of()));
    }

    @Test
    void evidenceIsACorrelationForTheWholePieceWithItsReason() {
        for (KeyEvidence evidence : ChordToneKeyProfile.evidence(progression("Am Dm E7 Am"))) {
            assertTrue(evidence.score() >= -1 && evidence.score() <= 1, evidence.toString());
            assertEquals(KeyEvidence.WHOLE_PIECE, evidence.chordIndex());
            assertEquals(ChordToneKeyProfile.REASON, evidence.reason());
        }
    }

    @Test
    void longerChordsWeighMore() {
        List<ChordEvent> longTonic = List.of(new ChordEvent(0, ChordSymbol.parse("C"), 0, 10),
                new ChordEvent(1, ChordSymbol.parse("G"), 10, 11));
        List<ChordEvent> longDominant = List.of(new ChordEvent(0, ChordSymbol.parse("C"), 0, 1),
                new ChordEvent(1, ChordSymbol.parse("G"), 1, 11));

        assertEquals(Key.parse("C major"), best(ChordToneKeyProfile.evidence(longTonic)).key());
        assertEquals(Key.parse("G major"), best(ChordToneKeyProfile.evidence(longDominant)).key());
    }

    @Test
    void tonicsAreSpelledAsTheMusicSpellsThem() {
        List<KeyEvidence> flats = ChordToneKeyProfile.evidence(progression("Gb Cb Db7 Gb"));
        List<KeyEvidence> sharps = ChordToneKeyProfile.evidence(progression("F# B C#7 F#"));

        assertTrue(keys(flats).contains(Key.parse("Gb major")));
        assertTrue(keys(sharps).contains(Key.parse("F# major")));
    }

    @Test
    void tonicsTheMusicDoesNotSpellTakeTheUsualSpelling() {
        List<Key> keys = keys(ChordToneKeyProfile.evidence(progression("C F G C")));

        assertTrue(keys.containsAll(List.of(Key.parse("Db major"), Key.parse("Ab major"), Key.parse("C# minor"),
                Key.parse("G# minor"), Key.parse("Bb minor"))), keys.toString());
    }

    @Test
    void theProfilesAreKrumhanslAndKessler1982() {
        assertEquals(12, ChordToneKeyProfile.MAJOR_PROFILE.length);
        assertEquals(12, ChordToneKeyProfile.MINOR_PROFILE.length);
        assertEquals(6.35, ChordToneKeyProfile.MAJOR_PROFILE[0]);
        assertEquals(5.19, ChordToneKeyProfile.MAJOR_PROFILE[7]);
        assertEquals(6.33, ChordToneKeyProfile.MINOR_PROFILE[0]);
        assertEquals(5.38, ChordToneKeyProfile.MINOR_PROFILE[3]);
    }

    private static KeyEvidence best(List<KeyEvidence> evidence) {
        return evidence.stream().max(Comparator.comparingDouble(KeyEvidence::score)).orElseThrow();
    }

    private static List<Key> keys(List<KeyEvidence> evidence) {
        return evidence.stream().map(KeyEvidence::key).toList();
    }

    /** One chord a second. */
    private static List<ChordEvent> progression(String chords) {
        List<ChordEvent> events = new ArrayList<>();
        for (String chord : chords.split(" ")) {
            events.add(new ChordEvent(events.size(), ChordSymbol.parse(chord), events.size(), events.size() + 1));
        }
        return events;
    }
}
