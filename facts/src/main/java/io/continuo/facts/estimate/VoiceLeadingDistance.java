package io.continuo.facts.estimate;

import java.util.ArrayList;
import java.util.List;

/**
 * The smallest total motion, in semitones, that leads the voices of one chord to another, each voice
 * moving to its nearest octave (Tymoczko, "The Geometry of Musical Chords", Science 2006: the
 * taxicab voice-leading distance between pitch-class sets). When the chords have different sizes,
 * voices may double: every tone of each chord is sung by at least one voice.
 */
public final class VoiceLeadingDistance {

    /** Chords are reduced to at most this many tones (root, third, fifth, seventh and one tension). */
    public static final int MAX_VOICES = 5;

    private VoiceLeadingDistance() {
    }

    /** The minimal total motion between two pitch-class sets (0–11 each), over all voice assignments. */
    public static int between(List<Integer> from, List<Integer> to) {
        List<Integer> a = limit(from);
        List<Integer> b = limit(to);
        if (a.size() < b.size()) {
            List<Integer> swap = a;
            a = b;
            b = swap;
        }
        // Each voice of the larger chord goes to one tone of the smaller, every tone of the smaller used.
        return search(a, b, 0, new int[b.size()], 0, Integer.MAX_VALUE);
    }

    /** Tones held in both chords. */
    public static int commonTones(List<Integer> from, List<Integer> to) {
        return (int) limit(from).stream().distinct().filter(limit(to)::contains).count();
    }

    private static int search(List<Integer> larger, List<Integer> smaller, int voice, int[] used, int sofar, int best) {
        if (sofar >= best) {
            return best;
        }
        if (voice == larger.size()) {
            for (int count : used) {
                if (count == 0) {
                    return best;
                }
            }
            return sofar;
        }
        int unusedLeft = 0;
        for (int count : used) {
            if (count == 0) {
                unusedLeft++;
            }
        }
        if (unusedLeft > larger.size() - voice) {
            return best;
        }
        for (int target = 0; target < smaller.size(); target++) {
            used[target]++;
            best = Math.min(best, search(larger, smaller, voice + 1, used,
                    sofar + motion(larger.get(voice), smaller.get(target)), best));
            used[target]--;
        }
        return best;
    }

    /** Semitones between two pitch classes by the shorter way round: 0 to 6. */
    static int motion(int a, int b) {
        int up = Math.floorMod(b - a, 12);
        return Math.min(up, 12 - up);
    }

    private static List<Integer> limit(List<Integer> tones) {
        List<Integer> distinct = new ArrayList<>();
        for (int tone : tones) {
            if (!distinct.contains(tone) && distinct.size() < MAX_VOICES) {
                distinct.add(tone);
            }
        }
        return distinct;
    }
}
