package io.continuo.facts.derived;

import io.continuo.facts.estimate.VoiceLeadingDistance;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.pitch.PitchClass;
import java.util.List;

/**
 * How the voices move from one harmony to the next, for chords realised in close position: the
 * minimal total motion in semitones, the tones held in common, and a smoothness 0–1.
 *
 * @param fromIndex   the chord left
 * @param toIndex     the chord reached
 * @param distance    the minimal total motion of the voices, in semitones
 * @param commonTones how many tones both chords hold
 * @param smoothness  1 − distance / (3 semitones × voices), at least 0: 1 when nothing moves, 0 when
 *                    every voice moves a minor third or more
 */
public record VoiceLeading(int fromIndex, int toIndex, int distance, int commonTones, double smoothness) {

    /** Measures the move between two chords (the numbers; the rules decide which moves to measure). */
    public static VoiceLeading between(ChordEvent from, ChordEvent to) {
        List<Integer> a = from.chord().tones().stream().map(PitchClass::semitone).toList();
        List<Integer> b = to.chord().tones().stream().map(PitchClass::semitone).toList();
        int distance = VoiceLeadingDistance.between(a, b);
        int voices = Math.min(VoiceLeadingDistance.MAX_VOICES, Math.max(a.size(), b.size()));
        double smoothness = Math.max(0.0, 1.0 - distance / (3.0 * voices));
        return new VoiceLeading(from.index(), to.index(), distance, VoiceLeadingDistance.commonTones(a, b),
                Math.round(smoothness * 1000.0) / 1000.0);
    }
}
