package io.continuo.facts.harmony;

import io.continuo.facts.notation.ChordSymbolParser;
import io.continuo.facts.notation.HarteLabelParser;
import io.continuo.facts.pitch.Interval;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A chord as a symbol names it: root, quality, the tensions beyond the quality (extensions,
 * added tones, altered fifths) and the bass. Two spellings of one chord ({@code C7#5}, {@code C+7})
 * parse to the same symbol; the spelling of every tone follows the root (Ab7 has Gb, not F#).
 *
 * @param root     the chord's root
 * @param quality  the triad, sixth or seventh chord the symbol is built on
 * @param tensions intervals above the root beyond the quality, in ascending order; an altered
 *                 fifth (b5, #5) here replaces the quality's perfect fifth
 * @param bass     the lowest note: the root unless the symbol has a slash
 */
public record ChordSymbol(PitchClass root, ChordQuality quality, List<Interval> tensions, PitchClass bass) {

    public ChordSymbol {
        tensions = List.copyOf(tensions);
        if (bass == null) {
            bass = root;
        }
    }

    /** Reads a lead-sheet symbol: {@code C}, {@code F#m7b5/A}, {@code Bb13}, {@code CΔ7}, {@code G7/F}. */
    public static ChordSymbol parse(String symbol) {
        return ChordSymbolParser.parse(symbol);
    }

    /** Reads a Harte label as in {@code .lab} annotation files: {@code C:maj}, {@code A:min7}, {@code G:7/3}. */
    public static ChordSymbol parseHarte(String label) {
        return HarteLabelParser.parse(label);
    }

    /**
     * The chord with these intervals above its root, named by the largest quality they contain.
     * An altered fifth that no quality explains (C7b5) is kept as a tension on the quality it alters.
     */
    public static ChordSymbol of(PitchClass root, Set<Interval> intervalsAboveRoot, PitchClass bass) {
        Set<Interval> intervals = new LinkedHashSet<>(intervalsAboveRoot);
        intervals.remove(Interval.UNISON);
        ChordQuality direct = largestQualityWithin(intervals);
        Set<Interval> withPerfectFifth = new LinkedHashSet<>(intervals);
        boolean fifthAltered = withPerfectFifth.removeIf(i -> i.number() == 5 && i.semitones() != 7);
        withPerfectFifth.add(Interval.PERFECT_FIFTH);
        ChordQuality altered = largestQualityWithin(withPerfectFifth);
        ChordQuality quality = fifthAltered && altered.intervalsAboveRoot().size() > direct.intervalsAboveRoot().size()
                ? altered : direct;
        List<Interval> tensions = new ArrayList<>(intervals);
        tensions.removeAll(quality.intervalsAboveRoot());
        tensions.sort(Comparator.comparingInt(Interval::number).thenComparingInt(Interval::semitones));
        return new ChordSymbol(root, quality, tensions, bass);
    }

    private static ChordQuality largestQualityWithin(Set<Interval> intervals) {
        ChordQuality best = ChordQuality.ROOT_ONLY;
        for (ChordQuality quality : ChordQuality.values()) {
            if (intervals.containsAll(quality.intervalsAboveRoot())
                    && quality.intervalsAboveRoot().size() > best.intervalsAboveRoot().size()) {
                best = quality;
            }
        }
        return best;
    }

    /** Every interval above the root that sounds, root excluded, in ascending order of number. */
    public List<Interval> intervals() {
        boolean fifthAltered = tensions.stream().anyMatch(i -> i.number() == 5);
        List<Interval> all = new ArrayList<>();
        for (Interval interval : quality.intervalsAboveRoot()) {
            if (!(fifthAltered && interval.number() == 5)) {
                all.add(interval);
            }
        }
        all.addAll(tensions);
        all.sort(Comparator.comparingInt(Interval::number).thenComparingInt(Interval::semitones));
        return all;
    }

    /** The chord's tones, root first, spelled from the root. */
    public List<PitchClass> tones() {
        List<PitchClass> tones = new ArrayList<>();
        tones.add(root);
        for (Interval interval : intervals()) {
            tones.add(root.up(interval));
        }
        return tones;
    }

    /** The sounding pitch classes (0–11), root first, bass included when it is not a chord tone. */
    public Set<Integer> pitchClassSet() {
        Set<Integer> set = new LinkedHashSet<>();
        tones().forEach(t -> set.add(t.semitone()));
        set.add(bass.semitone());
        return set;
    }

    private boolean has(int number, int semitones) {
        return intervals().stream().anyMatch(i -> i.simpleNumber() == number && Math.floorMod(i.semitones(), 12) == semitones);
    }

    /** The triad at the chord's core, from its third and fifth. */
    public TriadType triad() {
        boolean major = has(3, 4);
        boolean minor = has(3, 3);
        if (major && has(5, 8) && !has(5, 7)) {
            return TriadType.AUGMENTED;
        }
        if (minor && has(5, 6) && !has(5, 7)) {
            return TriadType.DIMINISHED;
        }
        if (major) {
            return TriadType.MAJOR;
        }
        if (minor) {
            return TriadType.MINOR;
        }
        if (has(2, 2) || has(4, 5)) {
            return TriadType.SUSPENDED;
        }
        return TriadType.OPEN;
    }

    /** The seventh above the root, spelled: a sixth (C6) is no seventh, a diminished seventh (Cdim7) is. */
    public SeventhType seventh() {
        for (Interval interval : intervals()) {
            if (interval.number() == 7) {
                return switch (interval.semitones()) {
                    case 11 -> SeventhType.MAJOR;
                    case 10 -> SeventhType.MINOR;
                    case 9 -> SeventhType.DIMINISHED;
                    default -> SeventhType.NONE;
                };
            }
        }
        return SeventhType.NONE;
    }

    /** Whether the roots lie a major or minor third apart, either way (the mediant relation). */
    public boolean isAThirdFrom(ChordSymbol other) {
        int distance = root.semitonesAbove(other.root);
        return distance == 3 || distance == 4 || distance == 8 || distance == 9;
    }

    /** Whether the two chords hold a pitch class in common. */
    public boolean sharesAToneWith(ChordSymbol other) {
        return pitchClassSet().stream().anyMatch(other.pitchClassSet()::contains);
    }

    /** A major triad with a minor seventh: the dominant seventh (and its ninths and thirteenths). */
    public boolean isDominantSeventh() {
        return triad() == TriadType.MAJOR && seventh() == SeventhType.MINOR;
    }

    /**
     * A major triad, alone or with a minor seventh: the shapes a dominant takes. An added sixth without
     * a seventh (C6) is a tonic colour, not a dominant; over a seventh it is the thirteenth of G13.
     */
    public boolean hasDominantShape() {
        return triad() == TriadType.MAJOR && (seventh() == SeventhType.NONE || seventh() == SeventhType.MINOR)
                && !(seventh() == SeventhType.NONE && has(6, 9));
    }

    /** A diminished triad, alone or with a diminished or minor seventh: the shapes a leading-tone chord takes. */
    public boolean hasLeadingToneShape() {
        return triad() == TriadType.DIMINISHED;
    }

    /**
     * Which chord tone is in the bass: 0 root position, 1 third, 2 fifth, 3 seventh; -1 when the bass
     * is not a chord tone (a slash chord over a foreign bass, such as C/D).
     */
    public int inversion() {
        if (bass.soundsAs(root)) {
            return 0;
        }
        for (Interval interval : intervals()) {
            if (root.up(interval).soundsAs(bass)) {
                return switch (interval.simpleNumber()) {
                    case 3 -> 1;
                    case 5 -> 2;
                    case 7 -> 3;
                    default -> -1;
                };
            }
        }
        return -1;
    }

    /** Whether the bass is the root. */
    public boolean isRootPosition() {
        return inversion() == 0;
    }

    /** The canonical lead-sheet symbol: C, Cm7, F#m7b5/A, Bb13, Cadd9, C7b9. */
    public String symbol() {
        StringBuilder text = new StringBuilder(root.name());
        List<Interval> rest = new ArrayList<>(tensions);
        String suffix = quality.leadSheetSuffix();
        boolean seventhChord = quality == ChordQuality.DOMINANT_SEVENTH || quality == ChordQuality.MAJOR_SEVENTH
                || quality == ChordQuality.MINOR_SEVENTH;
        if (seventhChord && rest.contains(Interval.MAJOR_NINTH)) {
            String stack = rest.contains(Interval.MAJOR_THIRTEENTH) ? "13"
                    : rest.contains(Interval.PERFECT_ELEVENTH) ? "11" : "9";
            rest.remove(Interval.MAJOR_NINTH);
            if (stack.equals("13")) {
                rest.remove(Interval.MAJOR_THIRTEENTH);
                if (quality == ChordQuality.MINOR_SEVENTH) {
                    rest.remove(Interval.PERFECT_ELEVENTH); // m13 stacks the 11th (no clash with a minor third)
                }
            } else if (stack.equals("11")) {
                rest.remove(Interval.PERFECT_ELEVENTH);
            }
            suffix = suffix.replace("7", stack);
        } else if ((quality == ChordQuality.MAJOR_SIXTH || quality == ChordQuality.MINOR_SIXTH)
                && rest.remove(Interval.MAJOR_NINTH)) {
            suffix = suffix + "/9";
        } else if (quality == ChordQuality.SUSPENDED_SECOND || quality == ChordQuality.SUSPENDED_FOURTH) {
            // A seventh over a suspension is written before it, as charts do and the parser reads: C7sus2, Cmaj7sus4.
            if (rest.remove(Interval.MINOR_SEVENTH)) {
                suffix = "7" + suffix;
            } else if (rest.remove(Interval.MAJOR_SEVENTH)) {
                suffix = "maj7" + suffix;
            }
        }
        text.append(suffix);
        boolean triadQuality = quality.intervalsAboveRoot().size() <= 2;
        for (Interval tension : rest) {
            int alteration = tension.alterationFromMajorScale();
            String sign = alteration < 0 ? "b".repeat(-alteration) : "#".repeat(alteration);
            if (alteration == 0) {
                text.append(triadQuality ? "add" : "(").append(tension.number()).append(triadQuality ? "" : ")");
            } else {
                text.append(sign).append(tension.number());
            }
        }
        if (!bass.equals(root)) {
            text.append('/').append(bass.name());
        }
        return text.toString();
    }

    /** The Harte label: C:maj, A:min7, G:7/3, C:hdim7, C:maj(9). */
    public String harte() {
        StringBuilder text = new StringBuilder(root.name()).append(':');
        List<Interval> rest = new ArrayList<>(tensions);
        String shorthand = quality.harteShorthand();
        if (rest.equals(List.of(Interval.MAJOR_NINTH))) {
            switch (quality) {
                case DOMINANT_SEVENTH -> { shorthand = "9"; rest.clear(); }
                case MAJOR_SEVENTH -> { shorthand = "maj9"; rest.clear(); }
                case MINOR_SEVENTH -> { shorthand = "min9"; rest.clear(); }
                default -> { }
            }
        }
        List<String> degrees = new ArrayList<>();
        if (quality == ChordQuality.ROOT_ONLY) {
            shorthand = "";
            degrees.add("1");
        }
        for (Interval tension : rest) {
            if (tension.number() == 5) {
                degrees.add("*5");
            }
            degrees.add(harteDegree(tension));
        }
        String suffix = shorthand.contains("(") && !degrees.isEmpty()
                ? shorthand.substring(0, shorthand.length() - 1) + "," + String.join(",", degrees) + ")"
                : shorthand + (degrees.isEmpty() ? "" : "(" + String.join(",", degrees) + ")");
        text.append(suffix);
        if (!bass.equals(root)) {
            text.append('/').append(harteDegree(Interval.between(root, bass)));
        }
        return text.toString();
    }

    private static String harteDegree(Interval interval) {
        int alteration = interval.alterationFromMajorScale();
        String sign = alteration < 0 ? "b".repeat(-alteration) : "#".repeat(alteration);
        return sign + interval.number();
    }

    @Override
    public String toString() {
        return symbol();
    }
}
