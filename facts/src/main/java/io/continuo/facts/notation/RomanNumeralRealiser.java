package io.continuo.facts.notation;

import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.Mode;
import io.continuo.facts.harmony.ScaleDegree;
import io.continuo.facts.notation.RomanNumeralFigure.ChordFactor;
import io.continuo.facts.notation.RomanNumeralFigure.FigureDigit;
import io.continuo.facts.notation.RomanNumeralFigure.Kind;
import io.continuo.facts.notation.RomanNumeralFigure.Quality;
import io.continuo.facts.pitch.Interval;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a Roman numeral into the chord it names in a key, the way music21's {@code RomanNumeral}
 * builds its pitches (Cuthbert &amp; Ariza, ISMIR 2010; music21 v7 and later): every factor is first
 * taken from the key's own scale (major, or natural minor) on the numeral's degree; the root, third
 * and fifth are moved by the root's accidental while the seventh and the extensions stay the key's
 * notes; then the numeral's quality fixes the third and fifth (and the seventh of {@code o7} and
 * {@code ø7}), and a lower-case numeral whose seventh would be major gets a minor one (i7 and iv7 in
 * major). So V7 in minor keeps the key's fourth degree as its seventh, V9 in minor gets a minor
 * ninth, bVII7 in C major is Bb D F A and bVI7 Ab C Eb G.
 *
 * <p><b>Sixth and seventh degrees in minor.</b> music21's default ({@code Minor67Default.QUALITY})
 * reads a lower-case or diminished {@code vi}/{@code vii} on the raised degree and an upper-case
 * {@code VI}/{@code VII} on the natural one, so in A minor {@code VII} is G, {@code viio} G#,
 * {@code VI} F and {@code vi} F#. Beyond that default, written accidentals here follow music21's
 * {@code Minor67Default.CAUTIONARY}: one accidental "in the sensible direction" is a courtesy, not a
 * further alteration, so {@code bVI} is still F, {@code bVII} G and {@code #viio} G#, while
 * {@code bbVII} is Gb and {@code #VII} G#. The When-in-Rome analyses write {@code bVI} and
 * {@code bVII} in minor keys some fifty times (e.g. {@code a: bVI6 V7}) where the strict default
 * would give an Fb chord moving to E; CAUTIONARY reads both spellings as the analysts meant them and
 * agrees with the default everywhere else. See the RomanText syntax notes, "Spotlight on 6^ and 7^
 * in minor mode".
 *
 * <p><b>Applied chords.</b> {@code X/Y} reads X in the key whose tonic is Y's root, major when Y is
 * upper case (or augmented) and minor when Y is lower case, diminished or half-diminished, as
 * music21 does; chains ({@code V/V/V}) nest from the right.
 *
 * <p><b>Augmented sixths</b> are spelled from the minor mode of the key in force (music21 reads
 * them in the parallel minor too): Italian b6–1–#4, French b6–1–2–#4, German b6–1–b3–#4. Their root
 * is given as the lowered sixth, the bass of their usual position, so It6 in C is Ab C F# (sounding as
 * an Ab7 without its fifth) and Ger65 sounds as Ab7 spelled with F#. The figure places the bass as
 * music21 does, counting from the chord's nominal root (#4 for It and Ger, 2 for Fr): Ger7 has F# in
 * the bass, Ger43 C, Ger42 Eb, Fr7 D; a bare name and the figure 6 mean the usual position, b6 in
 * the bass (It, Fr6, Ger6). The tones always follow the name, so Ger64 is the German sixth over C
 * (music21 drops its Eb there, reading 64 as a triad). Brackets on an augmented sixth
 * ({@code It53[no5]}) are kept on the figure but not applied.
 *
 * <p><b>Brackets</b> are realised: {@code [addX]} adds the key's note X above the root's degree
 * (not moved by the root's accidental, as in music21), {@code [noX]}
 * removes factor X and {@code [#X]}/{@code [bX]} alter a factor present. A chord symbol always sounds
 * its root, so {@code [no1]} is kept on the figure but not applied. When the bass factor is omitted
 * ({@code V65[no3]}) the next factor up takes its place, as music21's lowest remaining pitch does.
 */
final class RomanNumeralRealiser {

    /** An augmented sixth above the lowered sixth: Ab up to F#. */
    private static final Interval AUGMENTED_SIXTH = new Interval(6, 10);

    private RomanNumeralRealiser() {
    }

    /** One sounding factor: its number above the root (3, 5, 7, 9, an added 6...) and its pitch. */
    private record Tone(int factor, PitchClass pitch) {
        int letterDistance() {
            return (factor - 1) % 7;
        }
    }

    static Key keyReadIn(RomanNumeralFigure figure, Key key) {
        if (figure.appliedTo().isEmpty()) {
            return key;
        }
        RomanNumeralFigure target = figure.appliedTo().get();
        Key around = keyReadIn(target, key);
        PitchClass tonic = rootOf(target, around);
        boolean minor = target.quality() == Quality.MINOR || target.quality() == Quality.DIMINISHED
                || target.quality() == Quality.HALF_DIMINISHED;
        return new Key(tonic, minor ? Mode.MINOR : Mode.MAJOR);
    }

    static ChordSymbol realise(RomanNumeralFigure figure, Key key) {
        Key local = keyReadIn(figure, key);
        if (figure.kind().isAugmentedSixth()) {
            return augmentedSixth(figure, local);
        }
        int shift = rootShift(figure, local);
        List<Tone> tones = new ArrayList<>();
        for (int factor : factors(figure)) {
            tones.add(new Tone(factor, moved(scaleNote(local, figure.degree() + factor - 1), shiftOf(factor, shift))));
        }
        Set<Integer> figured = applyFigureAccidentals(figure, local, shift, tones);
        fitQuality(qualityIn(figure, local), figured, tones);
        for (ChordFactor alteration : figure.alterations()) {
            int index = indexOfLetter(tones, (alteration.number() - 1) % 7);
            if (index >= 0) {
                Tone tone = tones.get(index);
                tones.set(index, new Tone(tone.factor(), moved(tone.pitch(), alteration.alteration())));
            }
        }
        for (int omitted : figure.omissions()) {
            int distance = (omitted - 1) % 7;
            if (distance != 0) {
                tones.removeIf(t -> t.letterDistance() == distance);
            }
        }
        PitchClass bass = bassOf(figure.figure(), tones);
        for (ChordFactor addition : figure.additions()) {
            // The key's note, as music21 adds it: not moved by the root's accidental.
            PitchClass added = moved(scaleNote(local, figure.degree() + addition.number() - 1),
                    addition.alteration());
            if (addition.number() % 7 != 1 && tones.stream().noneMatch(t -> t.pitch().equals(added))) {
                tones.add(new Tone(addition.number(), added));
            }
        }
        PitchClass root = tones.get(0).pitch();
        Set<Interval> intervals = new LinkedHashSet<>();
        for (Tone tone : tones.subList(1, tones.size())) {
            intervals.add(intervalAbove(root, tone));
        }
        return ChordSymbol.of(root, intervals, bass);
    }

    /**
     * Spells the factors a figure's digits give an accidental: the key's note altered, as in a
     * continuo part (music21 likewise). Returns the factors so spelled, which the quality leaves alone.
     */
    private static Set<Integer> applyFigureAccidentals(RomanNumeralFigure figure, Key local, int shift,
                                                       List<Tone> tones) {
        Set<Integer> figured = new LinkedHashSet<>();
        for (FigureDigit digit : figure.digits()) {
            int factor = figure.figure().factorAboveBass(digit.aboveBass());
            int index = indexOfLetter(tones, (factor - 1) % 7);
            if (digit.alteration() != 0 && index >= 0) {
                PitchClass written = moved(scaleNote(local, figure.degree() + factor - 1),
                        shiftOf(factor, shift) + digit.alteration());
                tones.set(index, new Tone(tones.get(index).factor(), written));
                figured.add(tones.get(index).factor());
            }
        }
        return figured;
    }

    /** Sets the third, fifth (and diminished sevenths) the quality names; i7 and iv7 in major get a minor seventh. */
    private static void fitQuality(Quality quality, Set<Integer> figured, List<Tone> tones) {
        PitchClass root = tones.get(0).pitch();
        for (int i = 1; i < tones.size(); i++) {
            Tone tone = tones.get(i);
            int wanted = semitonesFor(quality, tone.factor());
            if (wanted >= 0 && !figured.contains(tone.factor())) {
                tones.set(i, new Tone(tone.factor(), sameLetter(tone.pitch(), root.semitone() + wanted)));
            }
            boolean majorSeventh = tone.factor() == 7 && tone.pitch().semitonesAbove(root) == 11;
            if (quality == Quality.MINOR && majorSeventh && !figured.contains(7)) {
                tones.set(i, new Tone(7, moved(tone.pitch(), -1)));
            }
        }
    }

    /**
     * The factors that sound, root first: the shorthand's, or for a literal figure the bass and the
     * notes its digits name above it (the root is always kept: a chord symbol sounds it).
     */
    private static List<Integer> factors(RomanNumeralFigure figure) {
        InversionFigure shape = figure.figure();
        if (!figure.literalFigure()) {
            return shape.factors();
        }
        Set<Integer> factors = new LinkedHashSet<>(List.of(1, shape.bassFactor()));
        for (FigureDigit digit : figure.digits()) {
            int factor = shape.factorAboveBass(digit.aboveBass());
            if ((factor - 1) % 7 != 0) {
                factors.add(factor);
            }
        }
        return List.copyOf(factors);
    }

    /** The bass: the figure's bass factor, or the next factor up when that one is omitted. */
    private static PitchClass bassOf(InversionFigure figure, List<Tone> tones) {
        int[] upward = {1, 3, 5, 7};
        int start = (figure.bassFactor() - 1) / 2;
        for (int i = 0; i < upward.length; i++) {
            int factor = upward[(start + i) % upward.length];
            int index = indexOfLetter(tones, factor - 1);
            if (index >= 0) {
                return tones.get(index).pitch();
            }
        }
        return tones.get(0).pitch();
    }

    private static Interval intervalAbove(PitchClass root, Tone tone) {
        Interval simple = Interval.between(root, tone.pitch());
        if (tone.factor() > 7 && simple.number() == tone.factor() - 7) {
            return new Interval(tone.factor(), simple.semitones() + 12);
        }
        return simple;
    }

    private static int indexOfLetter(List<Tone> tones, int letterDistance) {
        for (int i = 0; i < tones.size(); i++) {
            if (tones.get(i).letterDistance() == letterDistance) {
                return i;
            }
        }
        return -1;
    }

    /** The root's accidental moves the root, third and fifth; sevenths and extensions stay the key's notes. */
    private static int shiftOf(int factor, int rootShift) {
        int letterDistance = (factor - 1) % 7;
        return letterDistance == 0 || letterDistance == 2 || letterDistance == 4 ? rootShift : 0;
    }

    /** Semitones the quality gives a factor above the root, or -1 when the key decides it. */
    private static int semitonesFor(Quality quality, int factor) {
        return switch (factor) {
            case 3 -> quality == Quality.MAJOR || quality == Quality.AUGMENTED ? 4 : 3;
            case 5 -> switch (quality) {
                case DIMINISHED, HALF_DIMINISHED -> 6;
                case AUGMENTED -> 8;
                default -> 7;
            };
            case 7 -> switch (quality) {
                case DIMINISHED -> 9;
                case HALF_DIMINISHED -> 10;
                default -> -1;
            };
            default -> -1;
        };
    }

    private static Quality qualityIn(RomanNumeralFigure figure, Key local) {
        if (figure.quality() == Quality.OF_THE_KEY) {
            return local.mode() == Mode.MINOR ? Quality.MINOR : Quality.MAJOR;
        }
        return figure.quality();
    }

    /** The root's root: used for the tonic of a tonicized key. */
    private static PitchClass rootOf(RomanNumeralFigure figure, Key local) {
        return moved(scaleNote(local, figure.degree()), rootShift(figure, local));
    }

    /**
     * Semitones the root lies from the key's own note on its degree: the written accidental, read
     * with music21's CAUTIONARY convention for the sixth and seventh degrees in minor (see the class
     * comment).
     */
    private static int rootShift(RomanNumeralFigure figure, Key local) {
        int written = figure.rootAlteration();
        boolean minorSixthOrSeventh = local.mode() == Mode.MINOR && figure.kind() == Kind.NUMERAL
                && (figure.degree() == 6 || figure.degree() == 7);
        if (!minorSixthOrSeventh) {
            return written;
        }
        Quality quality = figure.quality();
        boolean normallyRaised = quality == Quality.MINOR || quality == Quality.DIMINISHED
                || quality == Quality.HALF_DIMINISHED;
        if (written == 0) {
            return normallyRaised ? 1 : 0;
        }
        // #vii: the sharp is a courtesy (g#); #VII raises (G#); bVII and bvii: the flat is a courtesy (G, g).
        return written > 0 ? written : written + 1;
    }

    /** The key's own note on a degree (counted on past 7): the major scale, or the natural minor. */
    private static PitchClass scaleNote(Key key, int degree) {
        int number = Math.floorMod(degree - 1, 7) + 1;
        boolean lowered = key.mode() == Mode.MINOR && (number == 3 || number == 6 || number == 7);
        return key.pitchOn(new ScaleDegree(number, lowered ? -1 : 0));
    }

    /** The pitch moved by semitones, keeping its letter (C moved +1 is C#, not Db). */
    private static PitchClass moved(PitchClass pitch, int semitones) {
        return sameLetter(pitch, pitch.semitone() + semitones);
    }

    private static PitchClass sameLetter(PitchClass pitch, int semitone) {
        return PitchClass.enharmonicNearest(semitone).spelledWith(pitch.letter());
    }

    private static ChordSymbol augmentedSixth(RomanNumeralFigure figure, Key local) {
        PitchClass sixth = scaleNote(new Key(local.tonic(), Mode.MINOR), 6);
        List<Interval> intervals = switch (figure.kind()) {
            case ITALIAN_SIXTH -> List.of(Interval.MAJOR_THIRD, AUGMENTED_SIXTH);
            case FRENCH_SIXTH -> List.of(Interval.MAJOR_THIRD, Interval.AUGMENTED_FOURTH, AUGMENTED_SIXTH);
            default -> List.of(Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH, AUGMENTED_SIXTH);
        };
        // The factors of the nominal root position, root to seventh, as intervals above the lowered
        // sixth: #4–b6–1–b3 for It and Ger, 2–#4–b6–1 for Fr (music21's scale degrees for them).
        List<Interval> nominal = figure.kind() == Kind.FRENCH_SIXTH
                ? List.of(Interval.AUGMENTED_FOURTH, AUGMENTED_SIXTH, Interval.UNISON, Interval.MAJOR_THIRD)
                : List.of(AUGMENTED_SIXTH, Interval.UNISON, Interval.MAJOR_THIRD, Interval.PERFECT_FIFTH);
        InversionFigure shape = figure.figure();
        boolean usualPosition = figure.digits().isEmpty() || shape == InversionFigure.SIX;
        PitchClass bass = usualPosition ? sixth : sixth.up(nominal.get(shape.inversion()));
        return ChordSymbol.of(sixth, new LinkedHashSet<>(intervals), bass);
    }
}
