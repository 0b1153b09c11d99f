package io.continuo.facts.derived;

import io.continuo.facts.harmony.Mode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A named chord progression from the pattern library (rules/harmony/progression-patterns.drl.csv),
 * as a sequence of core numerals: numerals without figures or extensions, so that ii7–V7–Imaj7
 * matches ii–V–I.
 *
 * @param name     the name musicians use: "ii-V-I", "Andalusian cadence"
 * @param numerals the core numerals in order; a step may allow alternatives separated by |, "I|V/IV"
 * @param mode     the mode it belongs to, or null for either
 * @param perBar   true when each numeral is the harmony on one bar's downbeat (the 12-bar blues),
 *                 false when it is one chord change
 */
public record ProgressionPattern(String name, List<String> numerals, Mode mode, boolean perBar) {

    public ProgressionPattern {
        numerals = List.copyOf(numerals);
        if (numerals.size() < 2) {
            throw new IllegalArgumentException("a progression pattern needs two numerals or more: " + name);
        }
    }

    /**
     * A pattern as the library table writes it.
     *
     * @param numerals core numerals separated by {@code -}: {@code i-bVII-bVI-V}
     * @param mode     {@code major}, {@code minor} or {@code any}
     * @param unit     {@code chord} (one numeral per chord change) or {@code bar} (one per bar)
     */
    public static ProgressionPattern of(String name, String numerals, String mode, String unit) {
        List<String> steps = Arrays.stream(numerals.split("-")).map(String::strip).toList();
        Mode inMode = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "major" -> Mode.MAJOR;
            case "minor" -> Mode.MINOR;
            case "any", "" -> null;
            default -> throw new IllegalArgumentException("mode must be major, minor or any: '" + mode + "'");
        };
        boolean perBar = switch (unit.strip().toLowerCase(Locale.ROOT)) {
            case "bar" -> true;
            case "chord", "" -> false;
            default -> throw new IllegalArgumentException("unit must be chord or bar: '" + unit + "'");
        };
        return new ProgressionPattern(name, steps, inMode, perBar);
    }

    /** Whether the pattern applies in a key of this mode. */
    public boolean fits(Mode keyMode) {
        return mode == null || mode == keyMode;
    }

    public int length() {
        return numerals.size();
    }

    /** Whether a chord with this core numeral can stand at a step, from 0. */
    public boolean accepts(int step, String core) {
        for (String alternative : numerals.get(step).split("\\|")) {
            if (alternative.strip().equals(core)) {
                return true;
            }
        }
        return false;
    }
}
