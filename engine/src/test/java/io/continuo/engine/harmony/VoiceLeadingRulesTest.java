package io.continuo.engine.harmony;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.VoiceLeading;
import org.junit.jupiter.api.Test;

/** The rule of rules/harmony/voice-leading.drl, with its near miss. */
class VoiceLeadingRulesTest {

    static final String MOVES = "Each change of harmony moves the voices by the smallest total motion";

    @Test
    void eachChangeOfHarmonyMovesTheVoices() {
        RuleVerifier.chords("C C/E G7 C", "C major")
                .derives(MOVES, VoiceLeading.class, v -> v.fromIndex() == 0 && v.toIndex() == 2 && v.distance() == 4)
                .derives(MOVES, VoiceLeading.class, v -> v.fromIndex() == 2 && v.toIndex() == 3 && v.smoothness() > 0.6)
                // Near miss: C to its re-voicing C/E is no change of harmony.
                .doesNotDerive(MOVES, VoiceLeading.class, v -> v.fromIndex() == 1 || v.toIndex() == 1);
    }
}
