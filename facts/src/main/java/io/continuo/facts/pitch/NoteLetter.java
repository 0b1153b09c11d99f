package io.continuo.facts.pitch;

/** The seven letter names of the diatonic collection, with their distance above C in semitones. */
public enum NoteLetter {
    C(0), D(2), E(4), F(5), G(7), A(9), B(11);

    private final int semitonesAboveC;

    NoteLetter(int semitonesAboveC) {
        this.semitonesAboveC = semitonesAboveC;
    }

    public int semitonesAboveC() {
        return semitonesAboveC;
    }

    /** The letter {@code steps} letter names above this one (C + 2 steps = E), wrapping at the octave. */
    public NoteLetter up(int steps) {
        NoteLetter[] letters = values();
        return letters[Math.floorMod(ordinal() + steps, letters.length)];
    }

    /** How many letter names this one lies above {@code lower}, 0 to 6. */
    public int stepsAbove(NoteLetter lower) {
        return Math.floorMod(ordinal() - lower.ordinal(), values().length);
    }

    public static NoteLetter of(char letter) {
        return switch (Character.toUpperCase(letter)) {
            case 'C' -> C;
            case 'D' -> D;
            case 'E' -> E;
            case 'F' -> F;
            case 'G' -> G;
            case 'A' -> A;
            case 'B' -> B;
            default -> throw new IllegalArgumentException("not a note letter: '" + letter + "'");
        };
    }
}
