package io.continuo.facts.derived;

import java.util.Locale;

/** Why a chord ends a phrase, strongest first. */
public enum PhraseEndKind {
    /** The last chord of the piece. */
    PIECE_END,
    /** The last chord of a labelled section. */
    SECTION_END,
    /** A chord on the downbeat of the fourth (eighth, …) bar of a section, held for half a bar or more. */
    FOUR_BAR_ARRIVAL;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
