package io.continuo.cli.eval;

import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.Mode;

/**
 * How an estimated key relates to the reference, scored as MIREX's key-detection task does
 * (and mir_eval's {@code key.weighted_score}): the same key 1, a perfect fifth above in the same mode
 * 0.5, the relative key 0.3, the parallel key 0.2, anything else 0.
 */
enum KeyScore {
    CORRECT(1.0), FIFTH(0.5), RELATIVE(0.3), PARALLEL(0.2), OTHER(0.0);

    private final double weight;

    KeyScore(double weight) {
        this.weight = weight;
    }

    double weight() {
        return weight;
    }

    static KeyScore of(Key reference, Key estimate) {
        int up = estimate.tonic().semitonesAbove(reference.tonic());
        if (reference.mode() == estimate.mode()) {
            return up == 0 ? CORRECT : up == 7 ? FIFTH : OTHER;
        }
        if (up == 0) {
            return PARALLEL;
        }
        boolean relative = reference.mode() == Mode.MAJOR ? up == 9 : up == 3;
        return relative ? RELATIVE : OTHER;
    }
}
