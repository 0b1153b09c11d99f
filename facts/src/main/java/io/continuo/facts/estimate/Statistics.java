package io.continuo.facts.estimate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Small statistics the rules call on collected values. */
public final class Statistics {

    private Statistics() {
    }

    /** Shannon entropy of the values' frequencies, in bits: 0 when one value repeats, log2(n) for n equally common values. */
    public static double entropyBits(Collection<?> values) {
        Map<Object, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        double entropy = 0;
        for (int count : counts.values()) {
            double p = (double) count / values.size();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }
}
