package io.continuo.facts.derived;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.ScaleDegree;
import io.continuo.facts.harmony.ScaleTriad;
import io.continuo.facts.harmony.SeventhType;
import io.continuo.facts.harmony.TriadType;
import io.continuo.facts.pitch.Interval;
import java.util.List;
import java.util.Locale;

/**
 * A chord read in a key. The label follows music21's conventions: upper case for a major third,
 * lower case for a minor one, {@code °} diminished, {@code ø} half-diminished, {@code +} augmented,
 * figured-bass figures for inversions (6, 64; 7, 65, 43, 42), an accidental for degrees off the
 * major scale of the tonic (bVI, bII), and {@code /x} for an applied chord. Beyond music21: a major
 * seventh is written {@code maj7} (Imaj7, as lead sheets do), extensions replace the 7 in root
 * position (V9, V13), and added sixths, ninths and suspensions are written out (Iadd6, Vsus4).
 *
 * @param chordIndex the chord it reads
 * @param key        the key it is read in
 * @param degree     the degree of the root in the key; for an applied chord, the degree in the tonicized key
 * @param label      the numeral as written: V7/ii, bII6, vii°7
 * @param tonicized  the numeral of the tonicized triad for an applied chord (ii in V7/ii), or null
 * @param triad      the chord's core triad: what the numeral's case and symbol show
 * @param inversion  0 root position, 1 first, 2 second, 3 third inversion (what the figures show)
 */
public record RomanNumeral(int chordIndex, Key key, ScaleDegree degree, String label, String tonicized,
                           TriadType triad, int inversion) {

    /** The chord read on the degree its root stands on. */
    public static RomanNumeral onDegree(Key key, ChordEvent event) {
        ScaleDegree degree = key.degreeOf(event.chord().root());
        return new RomanNumeral(event.index(), key, degree, labelOn(degree, event.chord()), null,
                event.chord().triad(), Math.max(event.chord().inversion(), 0));
    }

    /** The chord read in the key of the triad it tonicizes, written with a slash: V7/ii. */
    public static RomanNumeral applied(Key key, ChordEvent event, ScaleTriad target) {
        Key local = Key.ofTonicTriad(target.root(), target.type());
        ScaleDegree degree = local.degreeOf(event.chord().root());
        String label = labelOn(degree, event.chord()) + "/" + target.numeral();
        return new RomanNumeral(event.index(), key, degree, label, target.numeral(), event.chord().triad(),
                Math.max(event.chord().inversion(), 0));
    }

    /** The index of the chord before it. */
    public int previousIndex() {
        return chordIndex - 1;
    }

    public boolean isApplied() {
        return tonicized != null;
    }

    /** Whether it stands on the given degree of the key itself (not of a tonicized key): onDegree(5, 0) is V or v. */
    public boolean onDegree(int number, int alteration) {
        return !isApplied() && degree.number() == number && degree.alteration() == alteration;
    }

    public boolean isRootPosition() {
        return inversion == 0;
    }

    /**
     * The numeral without figures, sevenths or extensions, as pattern libraries write progressions:
     * ii7 → ii, V65 → V, Imaj7 → I, viiø7 → vii°, V7/ii → V/ii, bVI → bVI, I+ → I+.
     */
    public String core() {
        boolean lower = triad == TriadType.MINOR || triad == TriadType.DIMINISHED;
        String core = degree.accidental() + (lower ? degree.numeral().toLowerCase(Locale.ROOT) : degree.numeral())
                + (triad == TriadType.DIMINISHED ? "°" : triad == TriadType.AUGMENTED ? "+" : "");
        return tonicized == null ? core : core + "/" + tonicized;
    }

    private static final List<String> TRIAD_FIGURES = List.of("", "6", "64");
    private static final List<String> SEVENTH_FIGURES = List.of("7", "65", "43", "42");

    static String labelOn(ScaleDegree degree, ChordSymbol chord) {
        TriadType triad = chord.triad();
        SeventhType seventh = chord.seventh();
        boolean lower = triad == TriadType.MINOR || triad == TriadType.DIMINISHED;
        StringBuilder label = new StringBuilder(degree.accidental());
        label.append(lower ? degree.numeral().toLowerCase(Locale.ROOT) : degree.numeral());
        if (triad == TriadType.DIMINISHED) {
            label.append(seventh == SeventhType.MINOR ? "ø" : "°");
        } else if (triad == TriadType.AUGMENTED) {
            label.append('+');
        }
        int inversion = Math.max(chord.inversion(), 0);
        if (seventh == SeventhType.NONE) {
            label.append(TRIAD_FIGURES.get(Math.min(inversion, 2)));
        } else {
            if (seventh == SeventhType.MAJOR) {
                label.append("maj");
            }
            String figure = SEVENTH_FIGURES.get(inversion);
            label.append(inversion == 0 ? extensionFigure(chord) : figure);
        }
        if (triad == TriadType.SUSPENDED) {
            boolean second = chord.intervals().contains(Interval.MAJOR_SECOND);
            label.append(second ? "sus2" : "sus4");
        } else if (triad == TriadType.OPEN && chord.intervals().contains(Interval.PERFECT_FIFTH)) {
            label.append('5');
        }
        if (seventh == SeventhType.NONE) {
            for (Interval tension : chord.tensions()) {
                if (tension.alterationFromMajorScale() == 0 && tension.number() != 5) {
                    label.append("add").append(tension.simpleNumber() == 2 ? 9 : tension.number());
                }
            }
            if (chord.intervals().contains(Interval.MAJOR_SIXTH)) {
                label.append("add6");
            }
        }
        return label.toString();
    }

    /** 7, or the highest natural extension stacked on it: 9, 11, 13. */
    private static String extensionFigure(ChordSymbol chord) {
        List<Interval> tensions = chord.tensions();
        if (tensions.contains(Interval.MAJOR_THIRTEENTH)) {
            return "13";
        }
        if (tensions.contains(Interval.PERFECT_ELEVENTH)) {
            return "11";
        }
        return tensions.contains(Interval.MAJOR_NINTH) ? "9" : "7";
    }
}
