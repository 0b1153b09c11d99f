package io.continuo.facts.derived;

import java.util.Locale;

/** How a modulation is made (Aldwell &amp; Schachter, ch. 27). */
public enum ModulationType {
    /** Through a chord that belongs to both keys, read in each. */
    PIVOT,
    /** Through a tone held from the last chord of the old key into the first of the new. */
    COMMON_TONE,
    /** Without preparation. */
    DIRECT;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
