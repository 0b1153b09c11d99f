package io.continuo.facts.chart;

import io.continuo.facts.harmony.Key;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.Optional;

/**
 * What the user says on the command line about a chart; each present value wins over the chart's
 * own header. Absent everywhere, a chart is in 4/4 at 120 bpm and its key is inferred.
 */
public record ChartOptions(Optional<Key> key, Optional<Tempo> tempo, Optional<TimeSignature> timeSignature) {

    public static final Tempo DEFAULT_TEMPO = new Tempo(120);
    public static final TimeSignature DEFAULT_TIME_SIGNATURE = TimeSignature.COMMON_TIME;

    public static ChartOptions none() {
        return new ChartOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
