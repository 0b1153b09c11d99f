package io.continuo.facts.notation;

import io.continuo.facts.notation.RomanNumeralFigure.ChordFactor;
import io.continuo.facts.notation.RomanNumeralFigure.FigureDigit;
import io.continuo.facts.notation.RomanNumeralFigure.Kind;
import io.continuo.facts.notation.RomanNumeralFigure.Quality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads one Roman numeral figure as RomanText and music21 write it (Tymoczko, Gotham, Cuthbert &amp;
 * Ariza, "The RomanText Format", ISMIR 2019):
 *
 * <pre>
 *   figure    = primary ( "/" figure )?              V7/V, V/V/V: applied to the numeral after the slash
 *   primary   = "Cad64" brackets
 *             | ("It" | "Fr" | "Ger") digits brackets It6, Fr43, Ger65, Ger7
 *             | "N" digits brackets                   N, N6 (bII6), N64
 *             | accidental* numeral mark? digits brackets
 *   accidental= "#" | "b" | "-"                        up to a double sharp or flat
 *   numeral   = I II III IV V VI VII, upper case major, lower case minor
 *   mark      = "o" | "°" (diminished) | "ø" | "/o" (half-diminished) | "+" (augmented)
 *   digits    = figured-bass digits with accidentals, "/" allowed between them: 6, 64, 7, 65, 43, 42, 2,
 *               9, 11, 13, 54, 74, 6/4, b9, 6b5 (see {@link InversionFigure}), or any other set of
 *               digits 2 to 9, 11, 13, read literally
 *   brackets  = ( "[add" acc? n "]" | "[no" n ("no" n)* "]" | "[" acc n "]" )*
 * </pre>
 *
 * <p>A slash starts the target of an applied chord when a numeral or accidental follows it, as in
 * music21 ({@code /o} is the half-diminished sign and {@code 6/4} a figure). Every bracket is kept on
 * the figure and realised (see {@link RomanNumeralFigure#chordIn}), except on augmented sixth chords,
 * whose tones are fixed by name: there brackets are kept but not applied, and digits take no
 * accidentals. Digits that are no shorthand ({@code V654}, {@code ii7542}) are read as figured bass,
 * literally (see {@code InversionFigure.overTheBassOf}).
 *
 * <p>Errors are {@link NotationException}s whose position (0-based) points at the first character
 * that cannot be read.
 */
public final class RomanNumeralParser {

    private static final List<String> NUMERALS_LONGEST_FIRST = List.of("VII", "III", "VI", "IV", "II", "V", "I");

    private RomanNumeralParser() {
    }

    /**
     * Reads one figure.
     *
     * @throws NotationException naming the figure and the position where it stops making sense
     */
    public static RomanNumeralFigure parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new NotationException("empty Roman numeral", text == null ? "" : text, 0);
        }
        return new Reader(text).figure(0, text.length());
    }

    /** A cursor over one figure; positions are indices into the whole text, targets included. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        RomanNumeralFigure figure(int start, int end) {
            int slash = targetSlash(start, end);
            int primaryEnd = slash < 0 ? end : slash;
            pos = start;
            Primary primary = primary(primaryEnd);
            if (pos != primaryEnd) {
                throw error("unexpected '" + text.charAt(pos) + "' in Roman numeral", pos);
            }
            Optional<RomanNumeralFigure> target = Optional.empty();
            if (slash >= 0) {
                RomanNumeralFigure applied = figure(slash + 1, end);
                if (applied.kind() != Kind.NUMERAL && applied.kind() != Kind.NEAPOLITAN) {
                    throw error("only a numeral can be tonicized, not " + applied.kind() + ", in", slash + 1);
                }
                target = Optional.of(applied);
            }
            return new RomanNumeralFigure(text.substring(start, end), primary.kind, primary.rootAlteration,
                    primary.degree, primary.quality, primary.figure, primary.literal, primary.digits, primary.additions,
                    primary.omissions, primary.alterations, target);
        }

        /** The slash that starts an applied chord's target, or -1; brackets are skipped. */
        private int targetSlash(int start, int end) {
            for (int i = start; i < end - 1; i++) {
                char c = text.charAt(i);
                if (c == '[') {
                    int close = text.indexOf(']', i);
                    i = close < 0 ? end : close;
                } else if (c == '/') {
                    char next = text.charAt(i + 1);
                    if (next == '#' || (Character.isLetter(next) && next != 'o' && next != 'O')) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private Primary primary(int end) {
            Primary primary = new Primary();
            if (text.startsWith("Cad64", pos) && pos + 5 <= end) {
                pos += 5;
                primary.kind = Kind.CADENTIAL_SIX_FOUR;
                primary.degree = 1;
                primary.quality = Quality.OF_THE_KEY;
                primary.figure = InversionFigure.SIX_FOUR;
                brackets(primary, end);
                return primary;
            }
            Kind augmentedSixth = augmentedSixthAt(end);
            if (augmentedSixth != null) {
                augmentedSixth(primary, augmentedSixth, end);
                return primary;
            }
            if (pos < end && text.charAt(pos) == 'N') {
                pos++;
                primary.kind = Kind.NEAPOLITAN;
                primary.degree = 2;
                primary.rootAlteration = -1;
                primary.quality = Quality.MAJOR;
                int digitsStart = pos;
                digits(primary, end);
                // N alone is the Neapolitan sixth: the chord is named for its first inversion.
                primary.figure = pos == digitsStart ? InversionFigure.SIX : primary.figure;
                brackets(primary, end);
                return primary;
            }
            primary.kind = Kind.NUMERAL;
            primary.rootAlteration = accidentals(end, "numeral");
            int numeralStart = pos;
            String numeral = numeral(end);
            primary.degree = degreeOf(numeral.toUpperCase(Locale.ROOT));
            primary.quality = Character.isUpperCase(text.charAt(numeralStart)) ? Quality.MAJOR : Quality.MINOR;
            qualityMark(primary, end);
            digits(primary, end);
            brackets(primary, end);
            return primary;
        }

        private Kind augmentedSixthAt(int end) {
            if (text.startsWith("It", pos) && pos + 2 <= end) {
                return Kind.ITALIAN_SIXTH;
            }
            if (text.startsWith("Fr", pos) && pos + 2 <= end) {
                return Kind.FRENCH_SIXTH;
            }
            if (text.startsWith("Ger", pos) && pos + 3 <= end) {
                return Kind.GERMAN_SIXTH;
            }
            return null;
        }

        private void augmentedSixth(Primary primary, Kind kind, int end) {
            pos += kind == Kind.GERMAN_SIXTH ? 3 : 2;
            primary.kind = kind;
            primary.degree = 6;
            primary.quality = Quality.AUGMENTED_SIXTH;
            int digitsStart = pos;
            digits(primary, end);
            for (int i = digitsStart; i < pos; i++) {
                if ("#b-".indexOf(text.charAt(i)) >= 0) {
                    throw error("an augmented sixth chord takes no accidentals in its figure", i);
                }
            }
            boolean beyondSeventh = primary.figure.factors().stream().anyMatch(f -> f == 2 || f == 4 || f > 7);
            boolean italianSeventh = kind == Kind.ITALIAN_SIXTH && primary.figure == InversionFigure.FOUR_TWO;
            if (primary.literal || beyondSeventh || italianSeventh) {
                throw error("unknown figure for an augmented sixth chord", digitsStart);
            }
            brackets(primary, end);
        }

        private static int degreeOf(String upperNumeral) {
            return switch (upperNumeral) {
                case "I" -> 1;
                case "II" -> 2;
                case "III" -> 3;
                case "IV" -> 4;
                case "V" -> 5;
                case "VI" -> 6;
                default -> 7;
            };
        }

        /** Sharps (+) or flats (−), at most two, all alike. */
        private int accidentals(int end, String what) {
            int start = pos;
            int alteration = 0;
            while (pos < end && "#b-".indexOf(text.charAt(pos)) >= 0) {
                int step = text.charAt(pos) == '#' ? 1 : -1;
                if (alteration != 0 && Integer.signum(alteration) != step) {
                    throw error("mixed sharps and flats before a " + what + " in", pos);
                }
                alteration += step;
                if (Math.abs(alteration) > 2) {
                    throw error("more than a double sharp or flat before a " + what + " in", start);
                }
                pos++;
            }
            return alteration;
        }

        private String numeral(int end) {
            int start = pos;
            for (String candidate : NUMERALS_LONGEST_FIRST) {
                for (String written : List.of(candidate, candidate.toLowerCase(Locale.ROOT))) {
                    if (text.startsWith(written, pos) && pos + written.length() <= end) {
                        pos += written.length();
                        if (pos < end && "IViv".indexOf(text.charAt(pos)) >= 0) {
                            throw error("unknown Roman numeral", start);
                        }
                        return written;
                    }
                }
            }
            throw error("no Roman numeral in", start);
        }

        private void qualityMark(Primary primary, int end) {
            if (pos >= end) {
                return;
            }
            char c = text.charAt(pos);
            if (c == 'o' || c == '°') {
                primary.quality = Quality.DIMINISHED;
                pos++;
            } else if (c == 'ø') {
                primary.quality = Quality.HALF_DIMINISHED;
                pos++;
            } else if (c == '/' && pos + 1 < end && text.charAt(pos + 1) == 'o') {
                primary.quality = Quality.HALF_DIMINISHED;
                pos += 2;
            } else if (c == '+') {
                primary.quality = Quality.AUGMENTED;
                pos++;
            }
        }

        /** Figured-bass digits up to a bracket or the end; sets the figure's shape. */
        private void digits(Primary primary, int end) {
            int start = pos;
            List<FigureDigit> digits = new ArrayList<>();
            while (pos < end && text.charAt(pos) != '[') {
                if (text.charAt(pos) == '/' && !digits.isEmpty() && pos + 1 < end
                        && (Character.isDigit(text.charAt(pos + 1)) || "#b-".indexOf(text.charAt(pos + 1)) >= 0)) {
                    pos++;
                    continue;
                }
                int digitStart = pos;
                int alteration = accidentals(end, "figure digit");
                if (pos >= end || !Character.isDigit(text.charAt(pos))) {
                    throw error("unexpected '" + (pos < end ? text.charAt(pos) : text.charAt(pos - 1))
                            + "' in the figure of", pos < end ? pos : digitStart);
                }
                int number;
                if (text.charAt(pos) == '1' && pos + 1 < end && (text.charAt(pos + 1) == '1' || text.charAt(pos + 1) == '3')) {
                    number = 10 + (text.charAt(pos + 1) - '0');
                    pos += 2;
                } else {
                    number = text.charAt(pos) - '0';
                    pos++;
                }
                if (number < 2) {
                    throw error("not a figured-bass digit: '" + number + "' in", pos - 1);
                }
                digits.add(new FigureDigit(number, alteration));
            }
            String key = digits.stream().map(FigureDigit::aboveBass).collect(Collectors.toCollection(TreeSet::new))
                    .descendingSet().stream().map(String::valueOf).collect(Collectors.joining());
            InversionFigure figure = InversionFigure.ofDigits(key);
            primary.literal = figure == null;
            primary.figure = figure != null ? figure
                    : InversionFigure.overTheBassOf(digits.stream().map(FigureDigit::aboveBass).toList());
            primary.digits = digits;
        }

        private void brackets(Primary primary, int end) {
            while (pos < end && text.charAt(pos) == '[') {
                int close = text.indexOf(']', pos);
                if (close < 0 || close >= end) {
                    throw error("unclosed '[' in", pos);
                }
                int open = pos;
                pos++;
                if (text.startsWith("add", pos)) {
                    pos += 3;
                    int alteration = accidentals(close, "added tone");
                    primary.additions.add(new ChordFactor(number(close), alteration));
                } else if (text.startsWith("no", pos)) {
                    while (text.startsWith("no", pos) && pos < close) {
                        pos += 2;
                        primary.omissions.add(number(close));
                    }
                } else {
                    int alteration = accidentals(close, "chord factor");
                    if (alteration == 0) {
                        throw error("unknown bracket '" + text.substring(open, close + 1) + "' in", open + 1);
                    }
                    primary.alterations.add(new ChordFactor(number(close), alteration));
                }
                if (pos != close) {
                    throw error("unknown bracket '" + text.substring(open, close + 1) + "' in", pos);
                }
                pos = close + 1;
            }
        }

        /** A chord factor 1–13 inside a bracket. */
        private int number(int close) {
            int start = pos;
            while (pos < close && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == start) {
                throw error("a bracket needs a chord factor in", start);
            }
            int number = Integer.parseInt(text.substring(start, pos));
            if (number < 1 || number > 13) {
                throw error("chord factors run from 1 to 13 in", start);
            }
            return number;
        }

        private NotationException error(String reason, int position) {
            return new NotationException(reason, text, position);
        }
    }

    /** The parts of a primary figure as they are read. */
    private static final class Primary {
        Kind kind;
        int rootAlteration;
        int degree;
        Quality quality;
        InversionFigure figure = InversionFigure.TRIAD;
        boolean literal;
        List<FigureDigit> digits = List.of();
        final List<ChordFactor> additions = new ArrayList<>();
        final List<Integer> omissions = new ArrayList<>();
        final List<ChordFactor> alterations = new ArrayList<>();
    }
}
