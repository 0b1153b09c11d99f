package io.continuo.facts.estimate;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.KeyEvidence;
import io.continuo.facts.harmony.LocalKeyEvidence;
import io.continuo.facts.harmony.Mode;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Key evidence from chord tones, after Krumhansl &amp; Schmuckler (Krumhansl, <i>Cognitive
 * Foundations of Musical Pitch</i>, 1990): a duration-weighted pitch-class histogram of the chord
 * tones, the bass counted twice, is correlated with the Krumhansl–Kessler (1982) probe-tone profile
 * of each of the 24 keys. The correlations are evidence; the key-inference rules weigh them with
 * cadential evidence and decide.
 */
public final class ChordToneKeyProfile {

    /** Krumhansl &amp; Kessler (1982), probe-tone ratings for a major context, from the tonic up. */
    static final double[] MAJOR_PROFILE = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    /** Krumhansl &amp; Kessler (1982), probe-tone ratings for a minor context, from the tonic up. */
    static final double[] MINOR_PROFILE = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    /** How the evidence names its source. */
    public static final String REASON = "key profile of the chord tones (Krumhansl–Kessler)";

    /** Tonic spellings when the music does not spell the tonic itself: the keys with fewest accidentals. */
    private static final String[] MAJOR_TONICS = {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    private static final String[] MINOR_TONICS = {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"};

    private ChordToneKeyProfile() {
    }

    /** One piece of evidence per key, 24 in all; none when there are no chords. */
    public static List<KeyEvidence> evidence(List<ChordEvent> chords) {
        double[] histogram = new double[12];
        Map<Integer, Map<PitchClass, Double>> spellings = new HashMap<>();
        for (ChordEvent event : chords) {
            double weight = event.duration();
            for (PitchClass tone : event.chord().tones()) {
                histogram[tone.semitone()] += weight;
                spellings.computeIfAbsent(tone.semitone(), s -> new HashMap<>()).merge(tone, weight, Double::sum);
            }
            histogram[event.chord().bass().semitone()] += weight;
        }
        List<KeyEvidence> evidence = new ArrayList<>();
        if (chords.isEmpty() || isFlat(histogram)) {
            return evidence;
        }
        PearsonsCorrelation correlation = new PearsonsCorrelation();
        for (Mode mode : Mode.values()) {
            double[] profile = mode == Mode.MAJOR ? MAJOR_PROFILE : MINOR_PROFILE;
            for (int tonic = 0; tonic < 12; tonic++) {
                double[] rotated = new double[12];
                for (int pc = 0; pc < 12; pc++) {
                    rotated[pc] = profile[Math.floorMod(pc - tonic, 12)];
                }
                double r = correlation.correlation(histogram, rotated);
                Key key = new Key(spelledTonic(tonic, mode, spellings), mode);
                evidence.add(new KeyEvidence(key, r, REASON, KeyEvidence.WHOLE_PIECE));
            }
        }
        return evidence;
    }

    /** How many candidates per chord {@link #local} gives. */
    public static final int LOCAL_CANDIDATES = 3;

    /**
     * Local key evidence: for each chord, the three keys whose profiles best match the chord tones
     * sounding within {@code halfWindowSeconds} before and after the chord's start. Two pointers walk
     * the chords, so the cost is linear in their number.
     */
    public static List<LocalKeyEvidence> local(List<ChordEvent> chords, double halfWindowSeconds) {
        List<LocalKeyEvidence> evidence = new ArrayList<>();
        Map<Integer, Map<PitchClass, Double>> spellings = new HashMap<>();
        for (ChordEvent event : chords) {
            for (PitchClass tone : event.chord().tones()) {
                spellings.computeIfAbsent(tone.semitone(), s -> new HashMap<>()).merge(tone, event.duration(), Double::sum);
            }
        }
        PearsonsCorrelation correlation = new PearsonsCorrelation();
        int first = 0;
        int last = -1;
        for (ChordEvent centre : chords) {
            double from = centre.start() - halfWindowSeconds;
            double to = centre.start() + halfWindowSeconds;
            while (first < chords.size() && chords.get(first).end() <= from) {
                first++;
            }
            while (last + 1 < chords.size() && chords.get(last + 1).start() < to) {
                last++;
            }
            double[] histogram = new double[12];
            for (int i = first; i <= last; i++) {
                ChordEvent event = chords.get(i);
                double weight = Math.min(event.end(), to) - Math.max(event.start(), from);
                for (PitchClass tone : event.chord().tones()) {
                    histogram[tone.semitone()] += weight;
                }
                histogram[event.chord().bass().semitone()] += weight;
            }
            if (isFlat(histogram)) {
                continue;
            }
            List<LocalKeyEvidence> candidates = new ArrayList<>();
            for (Mode mode : Mode.values()) {
                double[] profile = mode == Mode.MAJOR ? MAJOR_PROFILE : MINOR_PROFILE;
                for (int tonic = 0; tonic < 12; tonic++) {
                    double r = correlation.correlation(histogram, rotated(profile, tonic));
                    candidates.add(new LocalKeyEvidence(centre.index(), new Key(spelledTonic(tonic, mode, spellings), mode), r, 0));
                }
            }
            candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
            for (int rank = 0; rank < LOCAL_CANDIDATES; rank++) {
                LocalKeyEvidence candidate = candidates.get(rank);
                evidence.add(new LocalKeyEvidence(candidate.chordIndex(), candidate.key(),
                        Math.round(candidate.score() * 1000.0) / 1000.0, rank + 1));
            }
        }
        return evidence;
    }

    private static double[] rotated(double[] profile, int tonic) {
        double[] rotated = new double[12];
        for (int pc = 0; pc < 12; pc++) {
            rotated[pc] = profile[Math.floorMod(pc - tonic, 12)];
        }
        return rotated;
    }

    private static boolean isFlat(double[] histogram) {
        for (double value : histogram) {
            if (value != histogram[0]) {
                return false;
            }
        }
        return true;
    }

    /** The tonic as the music spells it most (Gb major when the chords say Gb), else the usual spelling. */
    private static PitchClass spelledTonic(int semitone, Mode mode, Map<Integer, Map<PitchClass, Double>> spellings) {
        Map<PitchClass, Double> used = spellings.get(semitone);
        if (used != null && !used.isEmpty()) {
            return used.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return PitchClass.parse((mode == Mode.MAJOR ? MAJOR_TONICS : MINOR_TONICS)[semitone]);
    }
}
