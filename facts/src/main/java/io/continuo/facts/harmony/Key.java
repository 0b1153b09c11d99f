package io.continuo.facts.harmony;

import io.continuo.facts.notation.NotationException;
import io.continuo.facts.pitch.NoteLetter;
import io.continuo.facts.pitch.PitchClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A key: a tonic and a mode. Degrees are measured against the major scale on the tonic (see
 * {@link ScaleDegree}); membership uses the mode's whole pitch collection.
 */
public record Key(PitchClass tonic, Mode mode) {

    public Key {
        if (tonic == null || mode == null) {
            throw new IllegalArgumentException("a key needs a tonic and a mode");
        }
    }

    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};

    /**
     * Reads a key name: {@code C major}, {@code Eb minor}, {@code F# min}, {@code Am}, {@code Bb},
     * or a lone lower-case tonic for minor ({@code a}, as RomanText writes it).
     *
     * @throws NotationException naming the text when it is not a key
     */
    public static Key parse(String text) {
        int start = text.indexOf(text.strip());
        String name = text.strip();
        int[] end = new int[1];
        PitchClass tonic = PitchClass.parsePrefix(name, 0, end);
        if (tonic == null) {
            throw new NotationException("unknown key: no tonic in", text, start);
        }
        String written = name.substring(end[0]).strip();
        // "M" is major and "m" minor, as in chord symbols; other mode words are read in any case.
        String rest = written.equals("M") ? "maj" : written.toLowerCase(Locale.ROOT);
        Mode mode = switch (rest) {
            case "" -> Character.isLowerCase(name.charAt(0)) ? Mode.MINOR : Mode.MAJOR;
            case "maj", "major", "ionian" -> Mode.MAJOR;
            case "m", "min", "minor", "aeolian", "-" -> Mode.MINOR;
            default -> throw new NotationException("unknown key: no mode '" + rest + "' in", text,
                    start + name.indexOf(name.substring(end[0]).strip(), end[0]));
        };
        return new Key(tonic, mode);
    }

    /** The degree a pitch class stands on: the letter distance from the tonic, altered against the major scale. */
    public ScaleDegree degreeOf(PitchClass pitch) {
        int steps = pitch.letter().stepsAbove(tonic.letter());
        int alteration = Math.floorMod(pitch.semitonesAbove(tonic) - MAJOR_SCALE[steps] + 6, 12) - 6;
        boolean soundsAsOtherDegree = alteration != 0 && isMajorScaleStep(pitch.semitonesAbove(tonic));
        if (Math.abs(alteration) <= 1 && !soundsAsOtherDegree) {
            return new ScaleDegree(steps + 1, alteration);
        }
        // Spelled against the key (C# in Db major, a "#7" that sounds as the tonic; Dbb in C): read the
        // sound instead, as the usual degree for it.
        int[][] usual = {{1, 0}, {2, -1}, {2, 0}, {3, -1}, {3, 0}, {4, 0}, {4, 1}, {5, 0}, {6, -1}, {6, 0}, {7, -1}, {7, 0}};
        int[] degree = usual[pitch.semitonesAbove(tonic)];
        return new ScaleDegree(degree[0], degree[1]);
    }

    private static boolean isMajorScaleStep(int semitonesAboveTonic) {
        for (int step : MAJOR_SCALE) {
            if (step == semitonesAboveTonic) {
                return true;
            }
        }
        return false;
    }

    /** The pitch class on a degree of this key, spelled with the degree's letter. */
    public PitchClass pitchOn(ScaleDegree degree) {
        NoteLetter letter = tonic.letter().up(degree.number() - 1);
        int semitone = tonic.semitone() + MAJOR_SCALE[degree.number() - 1] + degree.alteration();
        return PitchClass.enharmonicNearest(semitone).spelledWith(letter);
    }

    /** Whether the pitch belongs to the key's pitch collection (in minor, the raised sixth and seventh too). */
    public boolean contains(PitchClass pitch) {
        return mode.pitchCollection().contains(pitch.semitonesAbove(tonic));
    }

    /** Whether every tone of the chord, bass included, belongs to the key. */
    public boolean holds(ChordSymbol chord) {
        return chord.tones().stream().allMatch(this::contains) && contains(chord.bass());
    }

    /**
     * The key's own triads, built in thirds on its scale: the seven of the major scale; in minor the
     * natural-minor triads with the harmonic minor's V and vii° in place of v (Piston, <i>Harmony</i>, ch. 3).
     */
    public List<ScaleTriad> triads() {
        int[][] minorTriads = {{1, 0}, {2, 0}, {3, -1}, {4, 0}, {5, 0}, {6, -1}, {7, -1}, {7, 0}};
        List<ScaleTriad> triads = new ArrayList<>();
        if (mode == Mode.MAJOR) {
            for (int number = 1; number <= 7; number++) {
                triads.add(triadOn(new ScaleDegree(number, 0), majorScaleTriad(number)));
            }
        } else {
            TriadType[] minorTypes = {TriadType.MINOR, TriadType.DIMINISHED, TriadType.MAJOR, TriadType.MINOR,
                    TriadType.MAJOR, TriadType.MAJOR, TriadType.MAJOR, TriadType.DIMINISHED};
            for (int i = 0; i < minorTriads.length; i++) {
                triads.add(triadOn(new ScaleDegree(minorTriads[i][0], minorTriads[i][1]), minorTypes[i]));
            }
        }
        return triads;
    }

    private static TriadType majorScaleTriad(int number) {
        return switch (number) {
            case 1, 4, 5 -> TriadType.MAJOR;
            case 2, 3, 6 -> TriadType.MINOR;
            default -> TriadType.DIMINISHED;
        };
    }

    private ScaleTriad triadOn(ScaleDegree degree, TriadType type) {
        return new ScaleTriad(this, degree, pitchOn(degree), type);
    }

    /** The same key whatever the tonic's spelling: F# major sounds as Gb major. */
    public boolean soundsAs(Key other) {
        return mode == other.mode && tonic.soundsAs(other.tonic);
    }

    /** The key on the same tonic in the other mode: C minor for C major. */
    public Key parallel() {
        return new Key(tonic, mode == Mode.MAJOR ? Mode.MINOR : Mode.MAJOR);
    }

    /** The key a triad is the tonic of: major for a major triad, minor for a minor one. */
    public static Key ofTonicTriad(PitchClass root, TriadType type) {
        return new Key(root, type == TriadType.MINOR || type == TriadType.DIMINISHED ? Mode.MINOR : Mode.MAJOR);
    }

    /**
     * A total order for breaking exact ties between keys: majors before minors, then by tonic from C,
     * then by the tonic's letter (F# before Gb). Not a musical preference; it only makes answers stable.
     */
    public int order() {
        return (mode.ordinal() * 12 + tonic.semitone()) * 7 + tonic.letter().ordinal();
    }

    /** "C major", "F# minor". */
    public String name() {
        return tonic.name() + " " + mode.word();
    }

    @Override
    public String toString() {
        return name();
    }
}
