package io.continuo.facts.pitch;

/**
 * A pitch class as a musician spells it: a letter and an accidental. C# and Db sound alike
 * ({@link #semitone()} is equal) but are different spellings, and labels keep the spelling.
 *
 * @param letter     the letter name
 * @param accidental sharps (positive) or flats (negative), at most a double sharp or flat
 */
public record PitchClass(NoteLetter letter, int accidental) {

    public PitchClass {
        if (letter == null) {
            throw new IllegalArgumentException("a pitch class needs a letter");
        }
        if (Math.abs(accidental) > 2) {
            throw new IllegalArgumentException("at most a double sharp or flat, got " + accidental);
        }
    }

    public static final PitchClass C = new PitchClass(NoteLetter.C, 0);

    /** Semitones above C, 0 to 11: the sounding pitch class, whatever the spelling. */
    public int semitone() {
        return Math.floorMod(letter.semitonesAboveC() + accidental, 12);
    }

    /** The same sound, whatever the spelling: C# sounds as Db. */
    public boolean soundsAs(PitchClass other) {
        return semitone() == other.semitone();
    }

    /** Semitones from {@code lower} up to this pitch class, 0 to 11. */
    public int semitonesAbove(PitchClass lower) {
        return Math.floorMod(semitone() - lower.semitone(), 12);
    }

    /**
     * Whether this pitch class stands a fifth above {@code lower}, perfect or diminished, counted by
     * letter names: G over C, and C over F# (the one diminished fifth of a diatonic circle of fifths).
     */
    public boolean isAFifthAbove(PitchClass lower) {
        Interval interval = Interval.between(lower, this);
        return interval.number() == 5 && (interval.semitones() == 7 || interval.semitones() == 6);
    }

    /** The pitch class an interval above this one, spelled by the interval's letter distance (C + M3 = E, C + d4 = Fb). */
    public PitchClass up(Interval interval) {
        NoteLetter target = letter.up(interval.letterSteps());
        int natural = Math.floorMod(target.semitonesAboveC() - letter.semitonesAboveC(), 12);
        int wanted = Math.floorMod(interval.semitones(), 12);
        int alteration = accidental + signedSemitoneDifference(wanted, natural);
        if (Math.abs(alteration) > 2) {
            return enharmonicNearest(semitone() + interval.semitones());
        }
        return new PitchClass(target, alteration);
    }

    /** The pitch class an interval below this one (G down a P5 = C). */
    public PitchClass down(Interval interval) {
        return up(interval.invert());
    }

    /** This pitch class respelled with the given letter, when no more than a double accidental is needed. */
    public PitchClass spelledWith(NoteLetter other) {
        int alteration = signedSemitoneDifference(semitone(), other.semitonesAboveC());
        return Math.abs(alteration) > 2 ? this : new PitchClass(other, alteration);
    }

    /** The plainest spelling of a sounding pitch class: naturals, then sharps for F# C# G#, flats for Eb Ab Bb Db. */
    public static PitchClass enharmonicNearest(int semitone) {
        return switch (Math.floorMod(semitone, 12)) {
            case 0 -> C;
            case 1 -> new PitchClass(NoteLetter.C, 1);
            case 2 -> new PitchClass(NoteLetter.D, 0);
            case 3 -> new PitchClass(NoteLetter.E, -1);
            case 4 -> new PitchClass(NoteLetter.E, 0);
            case 5 -> new PitchClass(NoteLetter.F, 0);
            case 6 -> new PitchClass(NoteLetter.F, 1);
            case 7 -> new PitchClass(NoteLetter.G, 0);
            case 8 -> new PitchClass(NoteLetter.A, -1);
            case 9 -> new PitchClass(NoteLetter.A, 0);
            case 10 -> new PitchClass(NoteLetter.B, -1);
            default -> new PitchClass(NoteLetter.B, 0);
        };
    }

    /**
     * Reads a note name: a letter A–G followed by up to two sharps ({@code #}, {@code ♯}) or flats
     * ({@code b}, {@code ♭}), or a double sharp {@code x}/{@code 𝄪}.
     *
     * @throws IllegalArgumentException naming the text when it is not a note name
     */
    public static PitchClass parse(String name) {
        int[] end = new int[1];
        PitchClass pitch = parsePrefix(name, 0, end);
        if (pitch == null || end[0] != name.length()) {
            throw new IllegalArgumentException("not a note name: '" + name + "'");
        }
        return pitch;
    }

    /**
     * Reads a note name at {@code from} and stores the index after it in {@code end[0]};
     * returns null when no note name starts there. Used by the chord and key parsers.
     */
    public static PitchClass parsePrefix(String text, int from, int[] end) {
        if (from >= text.length() || "ABCDEFGabcdefg".indexOf(text.charAt(from)) < 0) {
            return null;
        }
        NoteLetter letter = NoteLetter.of(text.charAt(from));
        int i = from + 1;
        int accidental = 0;
        while (i < text.length() && Math.abs(accidental) < 2) {
            char c = text.charAt(i);
            if (c == '#' || c == '♯') {
                if (accidental < 0) break;
                accidental++;
            } else if (c == 'x' && accidental == 0) {
                accidental = 2;
            } else if (c == 'b' || c == '♭') {
                if (accidental > 0) break;
                accidental--;
            } else {
                break;
            }
            i++;
        }
        end[0] = i;
        return new PitchClass(letter, accidental);
    }

    /** The name with ASCII accidentals: C, F#, Bb, Ebb. */
    public String name() {
        String sign = accidental > 0 ? "#" : "b";
        return letter.name() + sign.repeat(Math.abs(accidental));
    }

    @Override
    public String toString() {
        return name();
    }

    private static int signedSemitoneDifference(int wanted, int natural) {
        int difference = Math.floorMod(wanted - natural, 12);
        return difference > 6 ? difference - 12 : difference;
    }
}
