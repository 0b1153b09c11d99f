package io.continuo.facts.harmony;

/**
 * A degree of the key, counted by letter names from the tonic and altered against the major scale
 * on that tonic: in C minor Eb is {@code b3} and Ab {@code b6}, so that mixture chords and the
 * natural-minor degrees read alike (bIII, bVI, bVII) in either mode.
 *
 * @param number     1 to 7
 * @param alteration semitones against the major scale: -1 flat, +1 sharp
 */
public record ScaleDegree(int number, int alteration) {

    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII"};

    public ScaleDegree {
        if (number < 1 || number > 7) {
            throw new IllegalArgumentException("scale degrees run from 1 to 7, got " + number);
        }
    }

    public static final ScaleDegree TONIC = new ScaleDegree(1, 0);

    /** The upper-case Roman numeral of the number, without accidental: V. */
    public String numeral() {
        return NUMERALS[number - 1];
    }

    /** The accidental written before a numeral: "b", "#", or "" for an unaltered degree. */
    public String accidental() {
        return alteration < 0 ? "b".repeat(-alteration) : "#".repeat(alteration);
    }

    public boolean isTonic() {
        return number == 1 && alteration == 0;
    }

    /** As theory books write degrees: 5, b6, #4. */
    @Override
    public String toString() {
        return accidental() + number;
    }
}
