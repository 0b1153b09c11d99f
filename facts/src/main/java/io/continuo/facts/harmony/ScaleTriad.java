package io.continuo.facts.harmony;

import io.continuo.facts.pitch.PitchClass;
import java.util.Locale;

/**
 * One of a key's own triads (see {@link Key#triads()}), the chords that can be tonicized.
 *
 * @param key    the key it belongs to
 * @param degree the degree of its root
 * @param root   its root, spelled in the key
 * @param type   major, minor or diminished
 */
public record ScaleTriad(Key key, ScaleDegree degree, PitchClass root, TriadType type) {

    public boolean isTonic() {
        return degree.isTonic();
    }

    public boolean isConsonant() {
        return type.isConsonant();
    }

    /** Its Roman numeral: ii, bVI, vii°. */
    public String numeral() {
        String numeral = type == TriadType.MINOR || type == TriadType.DIMINISHED
                ? degree.numeral().toLowerCase(Locale.ROOT) : degree.numeral();
        return degree.accidental() + numeral + (type == TriadType.DIMINISHED ? "°" : "");
    }
}
