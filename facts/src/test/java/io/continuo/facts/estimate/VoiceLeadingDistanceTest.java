package io.continuo.facts.estimate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Minimal voice-leading distances, worked out by hand. */
class VoiceLeadingDistanceTest {

    private static List<Integer> tones(String text) {
        return java.util.Arrays.stream(text.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} → {1}: {2} semitones, {3} common")
    @CsvSource({
        "0 4 7, 0 4 7, 0, 3",      // C → C: nothing moves
        "0 4 7, 7 11 2, 3, 1",     // C → G: C–B 1, E–D 2, G held
        "0 4 7, 5 9 0, 3, 1",      // C → F: E–F 1, G–A 2, C held
        "0 4 7, 9 0 4, 2, 2",      // C → Am: G–A 2, C and E held
        "0 4 7, 6 10 1, 6, 0",     // C → F#: C–C# 1, E–F# 2, G–A# 3
        "7 11 2 5, 0 4 7, 4, 1",   // G7 → C: B–C 1, D–C 2, F–E 1, G held
    })
    void distancesAndCommonTones(String from, String to, int distance, int common) {
        assertEquals(distance, VoiceLeadingDistance.between(tones(from), tones(to)));
        assertEquals(distance, VoiceLeadingDistance.between(tones(to), tones(from)));
        assertEquals(common, VoiceLeadingDistance.commonTones(tones(from), tones(to)));
    }
}
