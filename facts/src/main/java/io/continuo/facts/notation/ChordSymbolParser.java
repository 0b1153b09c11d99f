package io.continuo.facts.notation;

import static io.continuo.facts.pitch.Interval.*;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.pitch.Interval;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads lead-sheet chord symbols as real charts write them: a root, a quality word, extensions,
 * alterations, added and omitted tones, and a slash bass. The vocabulary is the two tables below;
 * each spelling maps to the intervals it adds above the root.
 *
 * <p>Debatable readings, chosen and documented: {@code C13} is 1-3-5-b7-9-13 (jazz practice omits
 * the 11th; Harte's {@code C:13} keeps it), {@code C2} is a suspended second, {@code Calt} is
 * 7(b9,#9,#11,b13) after Levine, <i>The Jazz Theory Book</i> (1995).
 */
public final class ChordSymbolParser {

    /** The words after the root that name the chord's body, each with the intervals it stands for. */
    private static final Map<String, List<Interval>> HEADS = new LinkedHashMap<>();
    /** Words that may follow the body: alterations, added and omitted tones. */
    private static final Map<String, Modifier> MODIFIERS = new LinkedHashMap<>();

    private record Modifier(List<Interval> add, List<Integer> omit) {
    }

    private static void head(List<Interval> intervals, String... spellings) {
        for (String spelling : spellings) {
            HEADS.put(spelling, intervals);
        }
    }

    private static void modifier(List<Interval> add, List<Integer> omit, String... spellings) {
        for (String spelling : spellings) {
            MODIFIERS.put(spelling, new Modifier(add, omit));
        }
    }

    static {
        List<Interval> major = List.of(MAJOR_THIRD, PERFECT_FIFTH);
        List<Interval> minor = List.of(MINOR_THIRD, PERFECT_FIFTH);
        head(major, "", "maj", "Maj", "M", "ma", "major");
        head(minor, "m", "-", "min", "mi", "minor");
        head(List.of(MINOR_THIRD, DIMINISHED_FIFTH), "dim", "°", "o");
        head(List.of(MAJOR_THIRD, AUGMENTED_FIFTH), "aug", "+");
        head(List.of(MAJOR_SECOND, PERFECT_FIFTH), "sus2", "2");
        head(List.of(PERFECT_FOURTH, PERFECT_FIFTH), "sus4", "sus");
        head(List.of(PERFECT_FIFTH), "5");
        head(plus(major, MAJOR_SIXTH), "6", "maj6", "M6");
        head(plus(major, MAJOR_SIXTH, MAJOR_NINTH), "69", "6/9", "6add9");
        head(plus(minor, MAJOR_SIXTH), "m6", "-6", "min6");
        head(plus(minor, MAJOR_SIXTH, MAJOR_NINTH), "m69", "m6/9", "-69", "min69");
        List<Interval> dominant = plus(major, MINOR_SEVENTH);
        head(dominant, "7", "dom7");
        head(plus(dominant, MAJOR_NINTH), "9");
        head(plus(dominant, MAJOR_NINTH, PERFECT_ELEVENTH), "11");
        head(plus(dominant, MAJOR_NINTH, MAJOR_THIRTEENTH), "13");
        List<Interval> majorSeventh = plus(major, MAJOR_SEVENTH);
        head(majorSeventh, "maj7", "Maj7", "MA7", "ma7", "M7", "Δ7", "Δ", "j7", "^7", "^");
        head(plus(majorSeventh, MAJOR_NINTH), "maj9", "Maj9", "M9", "Δ9", "ma9", "^9");
        head(plus(majorSeventh, MAJOR_NINTH, PERFECT_ELEVENTH), "maj11", "Maj11", "M11", "Δ11");
        head(plus(majorSeventh, MAJOR_NINTH, MAJOR_THIRTEENTH), "maj13", "Maj13", "M13", "Δ13");
        List<Interval> minorSeventh = plus(minor, MINOR_SEVENTH);
        head(minorSeventh, "m7", "-7", "min7", "mi7");
        head(plus(minorSeventh, MAJOR_NINTH), "m9", "-9", "min9", "mi9");
        head(plus(minorSeventh, MAJOR_NINTH, PERFECT_ELEVENTH), "m11", "-11", "min11", "mi11");
        head(plus(minorSeventh, MAJOR_NINTH, PERFECT_ELEVENTH, MAJOR_THIRTEENTH), "m13", "-13", "min13", "mi13");
        List<Interval> minorMajor = plus(minor, MAJOR_SEVENTH);
        head(minorMajor, "mMaj7", "mmaj7", "mM7", "m(maj7)", "m(Maj7)", "minmaj7", "min(maj7)", "-Maj7", "-maj7",
                "-M7", "mΔ7", "-Δ7", "mΔ", "-Δ", "m^7");
        head(plus(minorMajor, MAJOR_NINTH), "mMaj9", "mM9", "-Δ9", "mΔ9");
        head(List.of(MINOR_THIRD, DIMINISHED_FIFTH, DIMINISHED_SEVENTH), "dim7", "°7", "o7");
        head(List.of(MINOR_THIRD, DIMINISHED_FIFTH, MINOR_SEVENTH), "m7b5", "m7(b5)", "-7b5", "-7(b5)", "min7b5",
                "mi7b5", "ø7", "ø", "h7", "h");
        head(List.of(MAJOR_THIRD, AUGMENTED_FIFTH, MINOR_SEVENTH), "aug7", "+7", "7+", "7aug");
        head(List.of(MAJOR_THIRD, AUGMENTED_FIFTH, MAJOR_SEVENTH), "maj7#5", "maj7(#5)", "+maj7", "+M7", "augmaj7", "Δ+");
        List<Interval> suspendedSeventh = List.of(PERFECT_FOURTH, PERFECT_FIFTH, MINOR_SEVENTH);
        head(suspendedSeventh, "7sus4", "7sus", "sus7");
        head(plus(suspendedSeventh, MAJOR_NINTH), "9sus4", "9sus");
        head(plus(suspendedSeventh, MAJOR_NINTH, MAJOR_THIRTEENTH), "13sus4", "13sus");
        head(List.of(MAJOR_SECOND, PERFECT_FIFTH, MINOR_SEVENTH), "7sus2");

        modifier(List.of(DIMINISHED_FIFTH), List.of(5), "b5", "-5", "(b5)");
        modifier(List.of(AUGMENTED_FIFTH), List.of(5), "#5", "+5", "(#5)");
        modifier(List.of(MINOR_NINTH), List.of(), "b9", "-9");
        modifier(List.of(MAJOR_NINTH), List.of(), "9", "add9", "add2", "(9)");
        modifier(List.of(AUGMENTED_NINTH), List.of(), "#9", "+9");
        modifier(List.of(PERFECT_ELEVENTH), List.of(), "11", "add11", "add4");
        modifier(List.of(AUGMENTED_ELEVENTH), List.of(), "#11", "+11");
        modifier(List.of(MINOR_THIRTEENTH), List.of(), "b13", "-13");
        modifier(List.of(MAJOR_THIRTEENTH), List.of(), "13", "add13");
        modifier(List.of(MAJOR_SIXTH), List.of(), "add6", "6");
        modifier(List.of(MINOR_NINTH, AUGMENTED_NINTH, AUGMENTED_ELEVENTH, MINOR_THIRTEENTH), List.of(), "alt");
        modifier(List.of(PERFECT_FOURTH), List.of(3), "sus4", "sus");
        modifier(List.of(MAJOR_SECOND), List.of(3), "sus2");
        modifier(List.of(), List.of(3), "no3", "omit3");
        modifier(List.of(), List.of(5), "no5", "omit5");
    }

    private static List<Interval> plus(List<Interval> base, Interval... more) {
        List<Interval> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private static final List<String> HEADS_LONGEST_FIRST = HEADS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final List<String> MODIFIERS_LONGEST_FIRST = MODIFIERS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private ChordSymbolParser() {
    }

    /**
     * Reads one chord symbol.
     *
     * @throws NotationException naming the symbol and the position where it stops making sense
     */
    public static ChordSymbol parse(String symbol) {
        String text = symbol.strip();
        int[] end = new int[1];
        PitchClass root = PitchClass.parsePrefix(text, 0, end);
        if (root == null || !Character.isUpperCase(text.charAt(0))) {
            throw new NotationException("unknown chord symbol: no root note in", symbol, 0);
        }
        int bodyStart = end[0];
        int slash = bassSlash(text, bodyStart);
        String body = slash < 0 ? text.substring(bodyStart) : text.substring(bodyStart, slash);
        PitchClass bass = root;
        if (slash >= 0) {
            int[] bassEnd = new int[1];
            bass = PitchClass.parsePrefix(text, slash + 1, bassEnd);
            if (bass == null || bassEnd[0] != text.length()) {
                throw new NotationException("unknown chord symbol: bad bass note in", symbol, slash + 1);
            }
        }
        Set<Interval> intervals = readBody(body, symbol, bodyStart);
        return ChordSymbol.of(root, intervals, bass);
    }

    /** The slash that introduces a bass note, or -1; the slash of "6/9" is not one. */
    private static int bassSlash(String text, int from) {
        int slash = text.lastIndexOf('/');
        if (slash < from || slash + 1 >= text.length()) {
            return slash >= from ? slash : -1;
        }
        return Character.isDigit(text.charAt(slash + 1)) ? -1 : slash;
    }

    /**
     * Reads the body with the longest head that lets the rest be read: {@code madd9} is
     * {@code m} + {@code add9}, not {@code ma} + {@code dd9}. When none does, the longest head's error stands.
     */
    private static Set<Interval> readBody(String body, String symbol, int offset) {
        NotationException first = null;
        for (String head : HEADS_LONGEST_FIRST) {
            if (body.startsWith(head)) {
                try {
                    return readModifiers(head, body, symbol, offset);
                } catch (NotationException e) {
                    first = first == null ? e : first;
                }
            }
        }
        throw first;
    }

    private static Set<Interval> readModifiers(String head, String body, String symbol, int offset) {
        Set<Interval> intervals = new LinkedHashSet<>(HEADS.get(head));
        int i = head.length();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '(' || c == ')' || c == ',' || c == ' ') {
                i++;
                continue;
            }
            String word = null;
            for (String candidate : MODIFIERS_LONGEST_FIRST) {
                if (body.startsWith(candidate, i)) {
                    word = candidate;
                    break;
                }
            }
            if (word == null) {
                throw new NotationException("unknown chord symbol", symbol, offset + i);
            }
            Modifier modifier = MODIFIERS.get(word);
            for (int omitted : modifier.omit()) {
                intervals.removeIf(interval -> interval.number() == omitted);
            }
            intervals.addAll(modifier.add());
            i += word.length();
        }
        return intervals;
    }
}
