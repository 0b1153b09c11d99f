package io.continuo.engine;

import io.continuo.facts.events.ChordEvent;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a fact was derived: the rule that inserted it, the facts that rule matched, and the sentence
 * template the rule file gives for musicians ({@code @explain("…")} metadata; see {@link Explanations}).
 *
 * @param rule        the rule's name, as written in its file
 * @param premises    the facts of the match that fired it, in the rule's pattern order
 * @param explanation the rule's sentence template, or null when the rule has none
 */
public record Justification(String rule, List<Object> premises, String explanation) {

    /** The rule metadata key that holds the sentence template: {@code @explain("…")}. */
    public static final String EXPLANATION_METADATA = "explain";

    public Justification {
        premises = List.copyOf(premises);
    }

    /** "rule 'X' from chord 1 (A7, 2.00–4.00 s), TonalCentre[…]". */
    public String describe() {
        String from = premises.stream().map(Justification::describe).collect(Collectors.joining("; "));
        return "rule '" + rule + "'" + (from.isEmpty() ? "" : " from " + from);
    }

    private static String describe(Object premise) {
        return premise instanceof ChordEvent chord ? chord.describe() : String.valueOf(premise);
    }
}
