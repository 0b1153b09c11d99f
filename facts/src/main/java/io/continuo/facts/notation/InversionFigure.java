package io.continuo.facts.notation;

import java.util.Collection;
import java.util.List;

/**
 * The figured-bass figures a Roman numeral may carry, each naming the chord factors it stacks above
 * the root and the factor that sits in the bass. Figures are read as the set of digits written,
 * whatever their order and accidentals: {@code V6/5}, {@code V65} and {@code V6b5} all have the shape
 * {@link #SIX_FIVE}. The spellings follow music21's {@code figureShorthands} (Cuthbert &amp; Ariza,
 * ISMIR 2010; Tymoczko et al., "RomanText", ISMIR 2019).
 *
 * <p>Two shapes go beyond the textbook inversions because analysts write them for suspensions
 * over a root-position chord: {@code V54} and {@code V74}, the fourth taking the third's place
 * (Aldwell &amp; Schachter, <i>Harmony and Voice Leading</i>, ch. 20). music21 reads {@code V54}
 * the same way; it reads the bare {@code 4} and {@code 74} literally, without the fifth, where this
 * table keeps it. {@code 97} is a ninth chord here (music21 would leave out its third and fifth).
 */
public enum InversionFigure {
    /** A triad in root position: no figure, or 5, 53, 3. */
    TRIAD(1, List.of(1, 3, 5), "", "5", "53", "3"),
    /** A triad over its third. */
    SIX(3, List.of(1, 3, 5), "6", "63"),
    /** A triad over its fifth. */
    SIX_FOUR(5, List.of(1, 3, 5), "64"),
    /** A seventh chord in root position; 75 and 73 omit a tone in the figure, not in the chord. */
    SEVEN(1, List.of(1, 3, 5, 7), "7", "75", "73", "753"),
    /** A seventh chord over its third. */
    SIX_FIVE(3, List.of(1, 3, 5, 7), "65", "653"),
    /** A seventh chord over its fifth. */
    FOUR_THREE(5, List.of(1, 3, 5, 7), "43", "643"),
    /** A seventh chord over its seventh: 42, or 2 alone. */
    FOUR_TWO(7, List.of(1, 3, 5, 7), "42", "2", "642"),
    /** A ninth chord in root position. */
    NINE(1, List.of(1, 3, 5, 7, 9), "9", "97", "95", "93", "975", "973", "953", "9753"),
    /** An eleventh chord in root position; music21 keeps its third, and so does this table. */
    ELEVEN(1, List.of(1, 3, 5, 7, 9, 11), "11"),
    /** A thirteenth chord in root position, every factor present. */
    THIRTEEN(1, List.of(1, 3, 5, 7, 9, 11, 13), "13"),
    /** A root-position triad whose fourth stands for its third (V54, the cadential suspension). */
    FIVE_FOUR(1, List.of(1, 4, 5), "54", "4"),
    /** A root-position seventh chord whose fourth stands for its third (V74). */
    SEVEN_FOUR(1, List.of(1, 4, 5, 7), "74", "754");

    private final int bassFactor;
    private final List<Integer> factors;
    private final List<String> spellings;

    InversionFigure(int bassFactor, List<Integer> factors, String... spellings) {
        this.bassFactor = bassFactor;
        this.factors = factors;
        this.spellings = List.of(spellings);
    }

    /** The chord factor in the bass: 1 root, 3 third, 5 fifth, 7 seventh. */
    public int bassFactor() {
        return bassFactor;
    }

    /** The chord factors the figure stacks above the root, root included (1, 3, 5, 7...). */
    public List<Integer> factors() {
        return factors;
    }

    /** The digit sets that name this shape, largest digit first. */
    public List<String> spellings() {
        return spellings;
    }

    /** 0 root position, 1 first, 2 second, 3 third inversion. */
    public int inversion() {
        return switch (bassFactor) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    /** Whether the chord has a seventh (ninths and beyond include one). */
    public boolean hasSeventh() {
        return factors.contains(7);
    }

    /**
     * The shape whose digit set is {@code digits}, written largest first without accidentals
     * ({@code "653"}, {@code "42"}, {@code ""}), or null when no shape has it.
     */
    static InversionFigure ofDigits(String digits) {
        for (InversionFigure figure : values()) {
            if (figure.spellings.contains(digits)) {
                return figure;
            }
        }
        return null;
    }

    /**
     * For digits that are no shorthand ({@code 7542}, {@code 62}, {@code 654}): the shape whose bass
     * they stand over, the digits then naming exactly the notes above it. A 5, a 7 or a ninth or more
     * above the bass only arises over the root; otherwise the root is the 2 above the bass (as in 42),
     * else the 4 (as in 64 and 43), else the 6. music21 (v7 and later) takes the bass as the root of
     * every such figure; the two differ only for figures without a 5, 7 or ninth ({@code i62} is read
     * here over the seventh, i42 without its third).
     */
    static InversionFigure overTheBassOf(Collection<Integer> aboveBass) {
        if (aboveBass.stream().anyMatch(n -> n == 7 || n >= 9)) {
            return SEVEN;
        }
        if (aboveBass.contains(5)) {
            return TRIAD;
        }
        if (aboveBass.contains(2)) {
            return FOUR_TWO;
        }
        if (aboveBass.contains(4)) {
            return aboveBass.contains(3) ? FOUR_THREE : SIX_FOUR;
        }
        return aboveBass.contains(6) ? SIX : TRIAD;
    }

    /**
     * The chord factor that lies {@code aboveBass} (a figured-bass digit: 3, 6, 9...) above this
     * shape's bass: in a 65 the 5 above the bass is the seventh. Root-position figures keep their
     * compound digits (the 9 of V9 is the ninth).
     */
    public int factorAboveBass(int aboveBass) {
        if (bassFactor == 1) {
            return aboveBass;
        }
        return Math.floorMod(bassFactor - 1 + aboveBass - 1, 7) + 1;
    }
}
