package io.continuo.facts.chart;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.RomanNumeralReading.PivotReading;
import io.continuo.facts.estimate.ChordToneKeyProfile;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.NotationException;
import io.continuo.facts.notation.RomanNumeralFigure;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RomanText analysis (Tymoczko, Gotham, Cuthbert &amp; Ariza, ISMIR 2019), the format of the
 * When-in-Rome corpus: {@code Composer:}/{@code Title:}/{@code Time Signature:} lines, then one line
 * per measure, {@code m12 b3 V7 b4 I}, with key changes ({@code G:}, lower case for minor:
 * {@code a:}), phrase boundaries {@code ||} and repeated measures {@code m5-6 = m1-2}. Each numeral
 * becomes a chord event (see {@link RomanNumeralFigure#chordIn}) and keeps the analyst's reading.
 *
 * <p>Time follows music21's reading of the file, laid out as {@code ChartLayout} lays out charts:
 * <ul>
 *   <li>Every bar lasts its time signature's written beats at the tempo (120 bpm unless given),
 *       so a 4/4 bar is 2 s and a 6/8 bar 3 s; beats fill the bars the same way.</li>
 *   <li>{@code b} positions count beats as music21 does ({@code RomanTextMeter}): {@code b2} in 6/8
 *       is halfway through the bar; {@code b1.33} and {@code b1.67} are thirds of a beat.</li>
 *   <li>A chord lasts until the next one; a measure with no line, or one whose first chord comes after
 *       beat 1, holds the chord before. The last chord lasts to the end of its measure.</li>
 *   <li>Measure 0 is an anacrusis: the piece starts at its first chord (music21's
 *       {@code fixPickupMeasure}). Bars are numbered from 1 in the order of the file; the analyst's
 *       measure numbers are kept in the readings.</li>
 *   <li>{@code m5-6 = m1-2} (and {@code m5 = m1}) repeats the measures' chords, key changes, pivots
 *       and phrase ends; each numeral is read again in the key then in force, as music21 does. A
 *       copied measure that starts while a chord is held restates that chord on its downbeat, or
 *       lets it go on when it is the chord already sounding (a tie in music21).</li>
 *   <li>First and second endings ({@code m28a}, {@code m28b}) are laid out in the order written;
 *       so is a measure number that goes back (a repeat written out again). Repeat signs
 *       ({@code ||:}, {@code :||}) are not unfolded; variant lines ({@code m4var1}) are skipped, as
 *       music21 skips them.</li>
 * </ul>
 *
 * <p>A chord written straight after another, with no beat between ({@code m2 I || f: III}), is
 * music21's pivot chord: the same chord read again in the new key, kept on the first reading.
 * {@code ||} marks the end of a phrase at the chord before it, also on a line of its own.
 * {@code Form:} lines start sections. {@code Note:}, {@code Pedal:}, {@code Analyst:} and any other
 * tagged line are metadata; an untagged line in the header continues the tag before it (a title on
 * two lines). {@code Sixth Minor:}/{@code Seventh Minor:} settings are refused, since the numerals are
 * read with one fixed convention.
 *
 * <p>The piece carries no given key: the analyst's keys are what an evaluation compares against,
 * so they stay in the readings, as {@link BillboardReader} leaves the {@code # tonic:} lines aside.
 */
public final class RomanTextReader {

    private static final Pattern MEASURE = Pattern.compile("^m(\\d{1,5})([a-h]?)(?:-m?(\\d{1,5})([a-h]?))?");
    private static final Pattern COPY =
            Pattern.compile("^=\\s*m?(\\d{1,5})([a-h]?)(?:\\s*-\\s*m?(\\d{1,5})[a-h]?)?\\s*(\\|\\|)?\\s*$");
    private static final Pattern TAG = Pattern.compile("^([A-Za-z][A-Za-z \\-]*?)\\s*:(.*)$");
    private static final Pattern KEY = Pattern.compile("^([A-Ga-g][#b]*);?:$");
    private static final Pattern BEAT = Pattern.compile("^b(\\d{1,3})(?:\\.(\\d{1,6}))?(?:\\.(\\d{1,6}))?$");
    /** Words are separated by any space, the no-break space some files have included ((?U): Unicode classes). */
    private static final Pattern WORD = Pattern.compile("(?U)\\S+");
    private static final Pattern EDGE_SPACE = Pattern.compile("(?U)^\\s+|\\s+$");
    /** Times closer than this are the same instant. */
    private static final double SAME_INSTANT = 1e-9;

    private RomanTextReader() {
    }

    /**
     * Reads an analysis at 120 bpm.
     *
     * @throws InputException naming source, line, column and cause
     */
    public static RomanTextAnalysis read(String source, String text) {
        return read(source, text, ChartOptions.DEFAULT_TEMPO);
    }

    /**
     * Reads an analysis at the given tempo (beats of the written time signature per minute).
     *
     * @throws InputException naming source, line, column and cause
     */
    public static RomanTextAnalysis read(String source, String text, Tempo tempo) {
        return new Layout(source, tempo).read(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** What a measure line holds, in order. */
    private sealed interface Atom permits BeatMark, KeyMark, ChordMark, NoChordMark, PhraseMark {
    }

    private record BeatMark(double beat, String written, int column) implements Atom {
    }

    private record KeyMark(Key key) implements Atom {
    }

    /** A numeral; {@code restated} when a copy restates the chord held into the measure it copies. */
    private record ChordMark(RomanNumeralFigure numeral, int column, boolean restated) implements Atom {
    }

    private record NoChordMark(int column) implements Atom {
    }

    private record PhraseMark() implements Atom {
    }

    /** A bar laid out: where it starts, how long a full bar of its meter is, and where an anacrusis begins. */
    private record Bar(double start, double fullLength, double pickup) {
        double timeAt(double fraction) {
            return start + (fraction - pickup) * fullLength;
        }
    }

    /** A chord event being built: its end is known when the next chord comes. */
    private static final class Sounding {
        final double start;
        final ChordSymbol chord;
        final int measure;
        final double beat;
        final Key key;
        final RomanNumeralFigure numeral;
        final boolean keyChange;
        double end = Double.NaN;
        boolean phraseEnd;
        PivotReading pivot;

        Sounding(double start, ChordSymbol chord, int measure, double beat, Key key, RomanNumeralFigure numeral,
                 boolean keyChange) {
            this.start = start;
            this.chord = chord;
            this.measure = measure;
            this.beat = beat;
            this.key = key;
            this.numeral = numeral;
            this.keyChange = keyChange;
        }
    }

    /** One pass over the file, laying out bars and chords as it goes. */
    private static final class Layout {
        private final String source;
        private final Tempo tempo;

        private String title;
        private String composer;
        private String analyst;
        private String headerTag;
        private boolean inBody;

        private RomanTextMeter meter = RomanTextMeter.COMMON_TIME;
        private RomanTextMeter lastBarMeter;
        private TimeSignature firstSignature;
        private final List<Beat> beats = new ArrayList<>();
        private double end;
        private int barCount;
        private Integer lastMeasure;
        /** Each measure's atoms as a copy of it replays them, by number and ending letter ("12", "28a"). */
        private final Map<String, List<Atom>> measures = new HashMap<>();

        private String pendingSection;
        private String sectionLabel;
        private double sectionStart;
        private final List<Section> sections = new ArrayList<>();

        private Key key;
        private boolean keyNamed;
        private final List<Sounding> chords = new ArrayList<>();
        /** The chord sounding now, or null after a no-chord or before the first chord. */
        private Sounding sounding;

        Layout(String source, Tempo tempo) {
            this.source = source;
            this.tempo = tempo;
        }

        RomanTextAnalysis read(String text) {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String raw = lines[i];
                String line = stripped(raw);
                if (line.isEmpty()) {
                    continue;
                }
                int indent = raw.indexOf(line);
                if (line.length() > 1 && line.charAt(0) == 'm' && Character.isDigit(line.charAt(1))) {
                    measureLine(line, i + 1, indent);
                    inBody = true;
                } else if (line.equals("||")) {
                    if (!chords.isEmpty()) {
                        chords.get(chords.size() - 1).phraseEnd = true;
                    }
                } else {
                    taggedLine(line, i + 1, indent);
                }
            }
            if (chords.isEmpty()) {
                throw new InputException(source, 0, 0, "no chords: the analysis has no measure with a numeral");
            }
            if (sounding != null) {
                sounding.end = end;
            }
            if (sectionLabel != null) {
                sections.add(new Section(sections.size(), sectionLabel, sectionStart, end));
            }
            List<ChordEvent> events = new ArrayList<>();
            List<RomanNumeralReading> readings = new ArrayList<>();
            for (Sounding chord : chords) {
                int index = events.size();
                events.add(new ChordEvent(index, chord.chord, chord.start, chord.end));
                readings.add(new RomanNumeralReading(index, chord.measure, chord.beat, chord.key, chord.numeral,
                        chord.keyChange, chord.phraseEnd, Optional.ofNullable(chord.pivot)));
            }
            Piece piece = new Piece(title == null ? source : title, Optional.empty(), tempo, firstSignature, end,
                    beats, sections, events, List.of(), ChordToneKeyProfile.evidence(events));
            return new RomanTextAnalysis(piece, Optional.ofNullable(composer), Optional.ofNullable(analyst), readings);
        }

        private void taggedLine(String line, int lineNumber, int indent) {
            Matcher tag = TAG.matcher(line);
            if (!tag.matches()) {
                if (!inBody && headerTag != null) {
                    // An untagged header line continues the tag before it: a title on two lines.
                    if (headerTag.equals("title")) {
                        title = title + " " + line;
                    }
                    return;
                }
                throw new InputException(source, lineNumber, indent + 1,
                        "expected a measure (m1 ...), a tag (Title: ...) or ||, found '" + line + "'");
            }
            String name = tag.group(1).toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
            String value = tag.group(2).strip();
            int valueColumn = indent + tag.start(2) + (tag.group(2).length() - tag.group(2).stripLeading().length()) + 1;
            headerTag = name;
            switch (name) {
                case "title" -> title = title == null ? value : title;
                case "composer" -> composer = composer == null ? value : composer;
                case "analyst" -> analyst = analyst == null ? value : analyst;
                case "timesignature" -> {
                    try {
                        meter = RomanTextMeter.parse(value);
                    } catch (NotationException e) {
                        throw new InputException(source, lineNumber, valueColumn + e.position(),
                                e.reason() + " '" + value + "'");
                    }
                }
                case "form" -> pendingSection = value;
                case "sixthminor", "seventhminor" -> throw new InputException(source, lineNumber, indent + 1,
                        "'" + tag.group(1).strip() + "' settings are not supported: numerals are read with"
                                + " music21's cautionary convention for the sixth and seventh in minor");
                default -> {
                    // Note:, Pedal:, Proofreader:, Movement:, Key Signature: ... are metadata for people.
                }
            }
        }

        private void measureLine(String line, int lineNumber, int indent) {
            Matcher tag = MEASURE.matcher(line);
            if (!tag.find()) {
                throw new InputException(source, lineNumber, indent + 1, "not a measure number: '" + line + "'");
            }
            String rest = line.substring(tag.end());
            String data = stripped(rest);
            if (data.startsWith("var")) {
                return; // a variant reading: music21 skips it, and so does the timeline
            }
            int restColumn = indent + tag.end() + 1;
            if (!rest.isEmpty() && !isSpace(rest.charAt(0)) && rest.charAt(0) != '=') {
                throw new InputException(source, lineNumber, restColumn,
                        "unexpected '" + rest.charAt(0) + "' after the measure number");
            }
            int number = Integer.parseInt(tag.group(1));
            String letter = tag.group(2);
            int dataColumn = restColumn + rest.indexOf(data);
            if (data.startsWith("=")) {
                int last = tag.group(3) == null ? number : Integer.parseInt(tag.group(3));
                copy(number, last, letter, data, lineNumber, dataColumn);
                return;
            }
            if (tag.group(3) != null) {
                throw new InputException(source, lineNumber, indent + 1,
                        "a range of measures must copy others, as in 'm5-6 = m1-2'");
            }
            lay(number, letter, atoms(data, lineNumber, dataColumn), lineNumber);
        }

        private void copy(int first, int last, String letter, String data, int lineNumber, int column) {
            Matcher copy = COPY.matcher(data);
            if (!copy.matches()) {
                throw new InputException(source, lineNumber, column, "expected '= m<measure>' or '= m<first>-<last>'");
            }
            int from = Integer.parseInt(copy.group(1));
            int to = copy.group(3) == null ? from : Integer.parseInt(copy.group(3));
            if (last < first || to - from != last - first) {
                throw new InputException(source, lineNumber, column, "copies " + (to - from + 1)
                        + " measure(s) into " + (last - first + 1));
            }
            for (int k = 0; k <= last - first; k++) {
                List<Atom> atoms = measures.get((from + k) + copy.group(2));
                if (atoms == null) {
                    throw new InputException(source, lineNumber, column,
                            "copies measure " + (from + k) + copy.group(2) + ", which no line before defines");
                }
                lay(first + k, letter, atoms, lineNumber);
            }
            if (copy.group(4) != null && !chords.isEmpty()) {
                chords.get(chords.size() - 1).phraseEnd = true; // 'm5-8 = m1-4 ||': the copy ends a phrase
            }
        }

        /**
         * Lays out one measure (after any measures skipped before it) and plays its atoms. A number
         * that goes back (an ending, or a repeat written out again) starts a new bar all the same, in
         * the order of the file, as music21 does; a copy of that number replays its first definition.
         */
        private void lay(int number, String letter, List<Atom> atoms, int lineNumber) {
            if (lastMeasure != null) {
                for (int skipped = lastMeasure + 1; skipped < number; skipped++) {
                    // A measure with no line holds the chord before, in the meter of the bar before.
                    measures.putIfAbsent(String.valueOf(skipped), atomsForCopy(List.of()));
                    appendBar(lastBarMeter, 0);
                }
            }
            measures.putIfAbsent(number + letter, atomsForCopy(atoms));
            double pickup = lastMeasure == null && number == 0 ? pickupStart(atoms) : 0;
            RomanTextMeter barMeter = meter;
            Bar bar = appendBar(barMeter, pickup);
            if (pendingSection != null) {
                if (sectionLabel != null) {
                    sections.add(new Section(sections.size(), sectionLabel, sectionStart, bar.start()));
                }
                sectionLabel = pendingSection;
                sectionStart = bar.start();
                pendingSection = null;
            }
            play(number, bar, barMeter, atoms, lineNumber);
            lastMeasure = number;
        }

        /** Where an anacrusis starts: at the beat of its first chord. */
        private double pickupStart(List<Atom> atoms) {
            double fraction = 0;
            for (Atom atom : atoms) {
                if (atom instanceof BeatMark beat) {
                    fraction = meter.barFraction(beat.beat());
                } else if (atom instanceof ChordMark || atom instanceof NoChordMark) {
                    break;
                }
            }
            return fraction >= 0 && fraction < 1 ? fraction : 0;
        }

        /**
         * The atoms a later copy of this measure replays: when the measure starts while a chord is held
         * (its first chord comes after beat 1), that chord is restated on the downbeat, with its key
         * if the analysis named one for it, as music21's copies of tied chords do.
         */
        private List<Atom> atomsForCopy(List<Atom> atoms) {
            if (sounding == null || startsWithChord(atoms)) {
                return atoms;
            }
            List<Atom> restated = new ArrayList<>();
            if (sounding.keyChange) {
                restated.add(new KeyMark(sounding.key));
            }
            restated.add(new ChordMark(sounding.numeral, 1, true));
            restated.addAll(atoms);
            return restated;
        }

        private static boolean startsWithChord(List<Atom> atoms) {
            for (Atom atom : atoms) {
                if (atom instanceof BeatMark beat && beat.beat() > 1 + SAME_INSTANT) {
                    return false;
                }
                if (atom instanceof ChordMark || atom instanceof NoChordMark) {
                    return true;
                }
            }
            return false;
        }

        private Bar appendBar(RomanTextMeter barMeter, double pickup) {
            double full = barMeter.signature().beats() * tempo.secondsPerBeat();
            double start = end;
            barCount++;
            int written = barMeter.signature().beats();
            for (int k = 0; k < written; k++) {
                double position = (double) k / written;
                if (position >= pickup - SAME_INSTANT) {
                    beats.add(new Beat(start + (position - pickup) * full, barCount, k + 1));
                }
            }
            end = start + (1 - pickup) * full;
            lastBarMeter = barMeter;
            if (firstSignature == null) {
                firstSignature = barMeter.signature();
            }
            return new Bar(start, full, pickup);
        }

        /** Plays a measure's atoms: beats move the position, keys change the key, numerals start chords. */
        private void play(int number, Bar bar, RomanTextMeter barMeter, List<Atom> atoms, int lineNumber) {
            double fraction = bar.pickup();
            double beat = 1 + bar.pickup() * barMeter.beats();
            double lastChordAt = -1;
            BeatMark lastBeat = null;
            boolean pivotPossible = false;
            for (Atom atom : atoms) {
                if (atom instanceof BeatMark mark) {
                    double at = barMeter.barFraction(mark.beat());
                    if (at < -SAME_INSTANT || at >= 1 - SAME_INSTANT) {
                        throw new InputException(source, lineNumber, mark.column(), "beat " + mark.written()
                                + " is outside a bar of " + barMeter.beats() + " beat(s) in " + barMeter.signature());
                    }
                    fraction = at;
                    beat = mark.beat();
                    lastBeat = mark;
                    pivotPossible = false;
                } else if (atom instanceof KeyMark mark) {
                    key = mark.key();
                    keyNamed = true;
                } else if (atom instanceof ChordMark mark) {
                    if (key == null) {
                        throw new InputException(source, lineNumber, mark.column(),
                                "no key before the first chord; name one, as in 'm1 C: I'");
                    }
                    if (pivotPossible) {
                        chords.get(chords.size() - 1).pivot = new PivotReading(key, mark.numeral());
                        keyNamed = false;
                        pivotPossible = false;
                        continue;
                    }
                    requireAfter(lastChordAt, fraction, lastBeat, lineNumber);
                    if (mark.restated() && sounding != null && sounding.key.equals(key)
                            && sounding.numeral.equals(mark.numeral())) {
                        // The copy restates the chord that is already sounding: it goes on (a tie in music21).
                        keyNamed = false;
                        lastChordAt = fraction;
                        pivotPossible = true;
                        continue;
                    }
                    double time = bar.timeAt(fraction);
                    stopSounding(time, lineNumber, mark.column());
                    sounding = new Sounding(time, mark.numeral().chordIn(key), number, beat, key, mark.numeral(),
                            keyNamed);
                    chords.add(sounding);
                    keyNamed = false;
                    lastChordAt = fraction;
                    pivotPossible = true;
                } else if (atom instanceof NoChordMark mark) {
                    requireAfter(lastChordAt, fraction, lastBeat, lineNumber);
                    stopSounding(bar.timeAt(fraction), lineNumber, mark.column());
                    sounding = null;
                    lastChordAt = fraction;
                    pivotPossible = false;
                } else if (atom instanceof PhraseMark && !chords.isEmpty()) {
                    chords.get(chords.size() - 1).phraseEnd = true;
                }
            }
        }

        /** A chord placed at or before the chord before it in the same bar ('b3 V b2 I'); a beat with no chord after it is harmless. */
        private void requireAfter(double lastChordAt, double fraction, BeatMark beat, int lineNumber) {
            if (fraction <= lastChordAt + SAME_INSTANT && beat != null) {
                throw new InputException(source, lineNumber, beat.column(),
                        "beat " + beat.written() + " is not after the chord before it");
            }
        }

        private void stopSounding(double time, int lineNumber, int column) {
            if (sounding == null) {
                return;
            }
            if (time <= sounding.start + SAME_INSTANT) {
                throw new InputException(source, lineNumber, column, "two chords at the same beat");
            }
            sounding.end = time;
        }

        /** The atoms of a measure line's data, each checked where it stands. */
        private List<Atom> atoms(String data, int lineNumber, int column) {
            List<Atom> atoms = new ArrayList<>();
            Matcher word = WORD.matcher(data);
            while (word.find()) {
                String token = word.group();
                int at = column + word.start();
                Matcher beat = BEAT.matcher(token);
                Matcher keyName = KEY.matcher(token);
                if (token.equals("||")) {
                    atoms.add(new PhraseMark());
                } else if (token.equals("||:") || token.equals(":||")) {
                    continue; // repeat signs: the timeline follows the file as written
                } else if (token.equals("NC") || token.equals("N.C.") || token.equals("nc")) {
                    atoms.add(new NoChordMark(at));
                } else if (beat.matches()) {
                    atoms.add(new BeatMark(beatValue(beat), token, at));
                } else if (keyName.matches()) {
                    atoms.add(new KeyMark(Key.parse(keyName.group(1))));
                } else {
                    try {
                        atoms.add(new ChordMark(RomanNumeralFigure.parse(token), at, false));
                    } catch (NotationException e) {
                        throw new InputException(source, lineNumber, at + e.position(),
                                e.reason() + " '" + e.text() + "'");
                    }
                }
            }
            return atoms;
        }
    }

    /**
     * A beat as RomanText writes it: {@code b2}, {@code b2.5}, {@code b1.33} (a third), {@code b1.67},
     * {@code b1.66.5} (halfway from 1 2/3 to 2). Decimals within 0.01 of a third or a sixth are that
     * third or sixth, and a third part is a fraction of the second's unit, as music21's {@code RTBeat}.
     */
    private static double beatValue(Matcher beat) {
        double value = Integer.parseInt(beat.group(1));
        if (beat.group(2) == null) {
            return value;
        }
        String digits = beat.group(2);
        double decimal = Double.parseDouble("0." + digits);
        double fraction = decimal;
        long denominator = 1;
        for (int sixths : new int[] {2, 4, 1, 5}) {
            if (Math.abs(decimal - sixths / 6.0) < 0.01) {
                fraction = sixths / 6.0;
                denominator = sixths % 2 == 0 ? 3 : 6;
            }
        }
        if (denominator == 1 && decimal > 0) {
            long numerator = Long.parseLong(digits);
            long power = (long) Math.pow(10, digits.length());
            denominator = power / gcd(numerator, power);
        }
        if (beat.group(3) != null) {
            fraction += Double.parseDouble("0." + beat.group(3)) / denominator;
        }
        return value + fraction;
    }

    private static String stripped(String text) {
        return EDGE_SPACE.matcher(text).replaceAll("");
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
