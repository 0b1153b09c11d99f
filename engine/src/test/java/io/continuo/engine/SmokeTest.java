package io.continuo.engine;

import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        long t0 = System.nanoTime();
        Analyzer analyzer = Analyzer.withShippedRules();
        long t1 = System.nanoTime();
        for (String chords : new String[]{"C A7 Dm G7 C", "Am F C G", "C F#dim7 G7 C", "Dm7 G7 Cmaj7", "Am E7 Am", "C Fm Ab Bb C", "C Db/F G7 C"}) {
            Analysis a = analyzer.analyze(TextChartReader.readInline("--chords", chords, ChartOptions.none()));
            System.out.println(chords + " -> " + a.tonalCentre() + " " + a.romanNumerals().stream().map(r -> r.label()).toList()
                + " " + a.functions().stream().map(f -> f.function()).toList());
            a.romanNumerals().forEach(r -> System.out.println("   " + r.label() + " <- " + a.justificationOf(r).map(Justification::describe).orElse("?")));
        }
        System.out.println("build ms " + (t1 - t0) / 1e6 + " analyse ms " + (System.nanoTime() - t1) / 1e6);
    }
}
