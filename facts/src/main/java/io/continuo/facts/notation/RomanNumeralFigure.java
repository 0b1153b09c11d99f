package io.continuo.facts.notation;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import java.util.List;
import java.util.Optional;

/**
 * One Roman numeral as a RomanText analysis writes it ({@code bVI6}, {@code viiø7/V},
 * {@code V43[no3]}, {@code Ger65}, {@code Cad64}), read into its parts but not yet into pitches:
 * that needs a key, see {@link #chordIn(Key)}.
 *
 * @param text           the figure as written
 * @param kind           an ordinary numeral, or one of the named chords (Neapolitan, augmented sixths, Cad64)
 * @param rootAlteration sharps (+) or flats (−) written before the numeral; {@code N} counts as the flat of bII
 * @param degree         the scale degree of the numeral, 1–7 (2 for N, 1 for Cad64, 6 for augmented sixths,
 *                       whose lowered sixth is the bass of their usual position)
 * @param quality        what the numeral's case and its o, ø or + say
 * @param figure         the shape of the figured-bass figure: which factors sound and which is in the bass
 * @param literalFigure  true when the digits are no shorthand of {@link InversionFigure} ({@code ii7542}):
 *                       the chord is then the bass and exactly the notes the digits name above it, and
 *                       {@code figure} only tells which factor is in the bass
 * @param digits         the figure's digits as written, with their accidentals ({@code V7b9}: 7, b9)
 * @param additions      bracketed added tones, counted from the root ({@code [add9]}, {@code [add#6]})
 * @param omissions      bracketed omitted factors, counted from the root ({@code [no3]}, {@code [no5]})
 * @param alterations    bracketed alterations of factors already present ({@code [#7]}, {@code [b5]})
 * @param appliedTo      the numeral this chord is applied to, read in the key in force ({@code V} in
 *                       {@code V7/V}; {@code V/V} in {@code V/V/V}), or empty
 */
public record RomanNumeralFigure(String text, Kind kind, int rootAlteration, int degree, Quality quality,
                                 InversionFigure figure, boolean literalFigure, List<FigureDigit> digits, List<ChordFactor> additions,
                                 List<Integer> omissions, List<ChordFactor> alterations,
                                 Optional<RomanNumeralFigure> appliedTo) {

    public RomanNumeralFigure {
        if (degree < 1 || degree > 7) {
            throw new IllegalArgumentException("scale degrees run from 1 to 7, got " + degree);
        }
        digits = List.copyOf(digits);
        additions = List.copyOf(additions);
        omissions = List.copyOf(omissions);
        alterations = List.copyOf(alterations);
    }

    /** What a figure names: a numeral on a degree, or one of the chords RomanText names instead. */
    public enum Kind {
        /** A numeral on a degree: I, bVI, viiø7. */
        NUMERAL,
        /** {@code N}, {@code N6}: the major triad on the lowered second degree, in first inversion unless figured. */
        NEAPOLITAN,
        /** {@code Cad64}: the tonic six-four before a cadential dominant, I64 in major and i64 in minor. */
        CADENTIAL_SIX_FOUR,
        /** {@code It6}: b6, 1, #4 of the minor mode. */
        ITALIAN_SIXTH,
        /** {@code Fr43}: b6, 1, 2, #4 of the minor mode. */
        FRENCH_SIXTH,
        /** {@code Ger65}: b6, 1, b3, #4 of the minor mode. */
        GERMAN_SIXTH;

        public boolean isAugmentedSixth() {
            return this == ITALIAN_SIXTH || this == FRENCH_SIXTH || this == GERMAN_SIXTH;
        }
    }

    /** The triad (or seventh chord) quality the numeral shows. */
    public enum Quality {
        /** Upper case: I, V7. */
        MAJOR,
        /** Lower case: ii, vi. */
        MINOR,
        /** {@code o} or {@code °}: viio, viio7 (a diminished seventh when there is a seventh). */
        DIMINISHED,
        /** {@code ø} or {@code /o}: viiø7. */
        HALF_DIMINISHED,
        /** {@code +}: III+, V+7. */
        AUGMENTED,
        /** The mode of the key in force: {@code Cad64} is I64 in major, i64 in minor. */
        OF_THE_KEY,
        /** The augmented sixth chords, whose intervals are their own. */
        AUGMENTED_SIXTH
    }

    /**
     * A figured-bass digit as written after the numeral: an interval number above the bass and the
     * accidental that alters that note of the key ({@code b9}: the ninth above the bass, lowered).
     *
     * @param aboveBass  the interval number above the bass, 2 to 13
     * @param alteration sharps (+) or flats (−); 0 when the digit has no accidental
     */
    public record FigureDigit(int aboveBass, int alteration) {
    }

    /**
     * A chord factor counted from the root, with an accidental: the 9 of {@code [add9]}, the raised
     * 7 of {@code [#7]}.
     *
     * @param number     the factor, 1 to 13 (2 and 9, 4 and 11, 6 and 13 name the same letter)
     * @param alteration sharps (+) or flats (−)
     */
    public record ChordFactor(int number, int alteration) {
    }

    /** Reads a figure; see {@link RomanNumeralParser#parse(String)}. */
    public static RomanNumeralFigure parse(String text) {
        return RomanNumeralParser.parse(text);
    }

    /** Whether the chord is applied to (tonicizes) another degree: {@code V7/V}, {@code viio7/ii}. */
    public boolean isApplied() {
        return appliedTo.isPresent();
    }

    /** 0 root position, 1 first, 2 second, 3 third inversion, as the figure says. */
    public int inversion() {
        return figure.inversion();
    }

    /** Whether the figure includes a seventh (7, 65, 43, 42, 9, 11, 13; Ger65 and Fr43 have four tones too). */
    public boolean hasSeventh() {
        return figure.hasSeventh() || kind == Kind.GERMAN_SIXTH || kind == Kind.FRENCH_SIXTH;
    }

    /**
     * The key the numeral itself is read in: {@code key} for a plain numeral, the key of the
     * tonicized triad for an applied one ({@code V7/ii} in C major is read in D minor).
     */
    public Key keyReadIn(Key key) {
        return RomanNumeralRealiser.keyReadIn(this, key);
    }

    /**
     * The chord this numeral stands for in {@code key}: root, intervals spelled from the key's letters
     * (IV in Eb is Ab), and bass, built as music21 builds a Roman numeral's pitches. The choices, each
     * argued where the realisation is written:
     * <ul>
     *   <li>In minor, {@code vi}/{@code vii} (lower case, o, ø) stand on the raised degree and
     *       {@code VI}/{@code VII} on the natural one (music21's default): in A minor VII is G,
     *       viio G#, VI F. One accidental towards that degree is a courtesy (music21's CAUTIONARY
     *       setting): bVI is F too, #viio is G#.</li>
     *   <li>{@code X/Y} reads X in the key of Y's root, minor when Y is lower case or diminished.</li>
     *   <li>Augmented sixths are spelled from the minor mode, rooted on the lowered sixth (It6 in C is
     *       Ab C F#, Ger65 Ab C Eb F#, Fr43 Ab C D F#); their figure places the bass as music21 does.</li>
     *   <li>{@code Cad64} is I64 in major and i64 in minor; {@code N} and {@code N6} are bII6.</li>
     *   <li>Brackets are applied, except {@code [no1]} (a chord symbol sounds its root) and brackets on
     *       augmented sixths, which are kept on the figure only.</li>
     * </ul>
     */
    public ChordSymbol chordIn(Key key) {
        return RomanNumeralRealiser.realise(this, key);
    }

    @Override
    public String toString() {
        return text;
    }
}
