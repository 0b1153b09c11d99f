package io.continuo.facts.notation;

import static io.continuo.facts.pitch.Interval.*;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.pitch.Interval;
import io.continuo.facts.pitch.PitchClass;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads chord labels in the syntax of Harte, Sandler, Abdallah &amp; Gómez, "Symbolic representation
 * of musical chords" (ISMIR 2005), as used by {@code .lab} annotation files and the Billboard corpus:
 * {@code root[:shorthand][(degree,…)][/bass-degree]}, where a degree is {@code b3}, {@code #11} and
 * {@code *5} omits one. {@code N} (no chord) and {@code X} (unknown) are not chords; callers test
 * {@link #isNoChord(String)} first.
 */
public final class HarteLabelParser {

    private static final Map<String, List<Interval>> SHORTHANDS = Map.ofEntries(
            Map.entry("maj", List.of(MAJOR_THIRD, PERFECT_FIFTH)),
            Map.entry("min", List.of(MINOR_THIRD, PERFECT_FIFTH)),
            Map.entry("dim", List.of(MINOR_THIRD, DIMINISHED_FIFTH)),
            Map.entry("aug", List.of(MAJOR_THIRD, AUGMENTED_FIFTH)),
            Map.entry("maj7", List.of(MAJOR_THIRD, PERFECT_FIFTH, MAJOR_SEVENTH)),
            Map.entry("min7", List.of(MINOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH)),
            Map.entry("7", List.of(MAJOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH)),
            Map.entry("dim7", List.of(MINOR_THIRD, DIMINISHED_FIFTH, DIMINISHED_SEVENTH)),
            Map.entry("hdim7", List.of(MINOR_THIRD, DIMINISHED_FIFTH, MINOR_SEVENTH)),
            Map.entry("minmaj7", List.of(MINOR_THIRD, PERFECT_FIFTH, MAJOR_SEVENTH)),
            Map.entry("maj6", List.of(MAJOR_THIRD, PERFECT_FIFTH, MAJOR_SIXTH)),
            Map.entry("min6", List.of(MINOR_THIRD, PERFECT_FIFTH, MAJOR_SIXTH)),
            Map.entry("9", List.of(MAJOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH)),
            Map.entry("maj9", List.of(MAJOR_THIRD, PERFECT_FIFTH, MAJOR_SEVENTH, MAJOR_NINTH)),
            Map.entry("min9", List.of(MINOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH)),
            // Harte's 11th and 13th chords stack every third below them.
            Map.entry("11", List.of(MAJOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH)),
            Map.entry("min11", List.of(MINOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH)),
            Map.entry("maj11", List.of(MAJOR_THIRD, PERFECT_FIFTH, MAJOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH)),
            Map.entry("13", List.of(MAJOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH,
                    MAJOR_THIRTEENTH)),
            Map.entry("min13", List.of(MINOR_THIRD, PERFECT_FIFTH, MINOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH,
                    MAJOR_THIRTEENTH)),
            Map.entry("maj13", List.of(MAJOR_THIRD, PERFECT_FIFTH, MAJOR_SEVENTH, MAJOR_NINTH, PERFECT_ELEVENTH,
                    MAJOR_THIRTEENTH)),
            Map.entry("sus2", List.of(MAJOR_SECOND, PERFECT_FIFTH)),
            Map.entry("sus4", List.of(PERFECT_FOURTH, PERFECT_FIFTH)),
            Map.entry("5", List.of(PERFECT_FIFTH)),
            Map.entry("1", List.of()));

    private HarteLabelParser() {
    }

    /** {@code N} (no chord, silence or unpitched sound) and {@code X} (unknown): labels that name no chord. */
    public static boolean isNoChord(String label) {
        String text = label.strip();
        return text.equals("N") || text.equals("X");
    }

    /**
     * Reads one Harte label.
     *
     * @throws NotationException naming the label and the position where it stops making sense
     */
    public static ChordSymbol parse(String label) {
        String text = label.strip();
        int[] end = new int[1];
        PitchClass root = PitchClass.parsePrefix(text, 0, end);
        if (root == null || !Character.isUpperCase(text.charAt(0))) {
            throw new NotationException("unknown chord label: no root note in", label, 0);
        }
        int i = end[0];
        Set<Interval> intervals = new LinkedHashSet<>(SHORTHANDS.get("maj"));
        if (i < text.length() && text.charAt(i) == ':') {
            i++;
            int shorthandEnd = i;
            while (shorthandEnd < text.length() && "(/".indexOf(text.charAt(shorthandEnd)) < 0) {
                shorthandEnd++;
            }
            String shorthand = text.substring(i, shorthandEnd);
            if (shorthand.isEmpty()) {
                intervals.clear();
            } else if (SHORTHANDS.containsKey(shorthand)) {
                intervals = new LinkedHashSet<>(SHORTHANDS.get(shorthand));
            } else {
                throw new NotationException("unknown chord label: no shorthand '" + shorthand + "' in", label, i);
            }
            i = shorthandEnd;
            if (i < text.length() && text.charAt(i) == '(') {
                int close = text.indexOf(')', i);
                if (close < 0) {
                    throw new NotationException("unknown chord label: unclosed '(' in", label, i);
                }
                int itemStart = i + 1;
                for (String item : text.substring(i + 1, close).split(",", -1)) {
                    applyDegree(item.strip(), intervals, label, itemStart);
                    itemStart += item.length() + 1;
                }
                i = close + 1;
            }
        }
        PitchClass bass = root;
        if (i < text.length()) {
            if (text.charAt(i) != '/') {
                throw new NotationException("unknown chord label", label, i);
            }
            Interval bassInterval = readDegree(text.substring(i + 1), label, i + 1);
            bass = root.up(bassInterval);
        }
        return ChordSymbol.of(root, intervals, bass);
    }

    private static void applyDegree(String item, Set<Interval> intervals, String label, int position) {
        if (item.startsWith("*")) {
            Interval omitted = readDegree(item.substring(1), label, position + 1);
            intervals.removeIf(i -> i.number() == omitted.number()); // *5 omits the fifth, whatever its alteration
        } else {
            Interval added = readDegree(item, label, position);
            if (added.number() != 1) {
                intervals.add(added);
            }
        }
    }

    private static Interval readDegree(String degree, String label, int position) {
        int i = 0;
        int alteration = 0;
        while (i < degree.length() && (degree.charAt(i) == 'b' || degree.charAt(i) == '#')) {
            alteration += degree.charAt(i) == 'b' ? -1 : 1;
            i++;
        }
        String number = degree.substring(i);
        if (number.isEmpty() || !number.chars().allMatch(Character::isDigit)) {
            throw new NotationException("unknown chord label: bad degree '" + degree + "' in", label, position);
        }
        int value = Integer.parseInt(number);
        if (value < 1 || value > 13) {
            throw new NotationException("unknown chord label: degree out of 1–13 in", label, position);
        }
        return Interval.ofDegree(value, alteration);
    }
}
