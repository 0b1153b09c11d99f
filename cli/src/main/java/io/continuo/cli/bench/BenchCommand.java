package io.continuo.cli.bench;

import io.continuo.cli.Continuo;
import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code continuo bench}: how analysis time and memory grow with the length of the music. The rules
 * join each chord only to its neighbours, so time should grow linearly: the ratio of the times for
 * ten times as many chords should stay near 10.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {"Analyses generated progressions of increasing length with the shipped rules and prints",
            "chords per second and peak heap for each (see docs/performance.md)."},
        footer = {"", "Example:", "  continuo bench --chords 1000,10000,100000"})
public final class BenchCommand implements Callable<Integer> {

    /** A vocabulary with diatonic, applied and borrowed chords, so that every harmony rule has work. */
    private static final String[] VOCABULARY = {"C", "Dm7", "Em", "F", "G7", "Am", "Bm7b5", "A7", "D7", "E7",
        "Fm", "Ab", "Bb", "C/E", "G/B", "F#dim7", "Db/F", "Cmaj7", "G", "Dm"};

    @Option(names = "--chords", paramLabel = "N,N,…", split = ",",
            description = "Progression lengths to analyse; default ${DEFAULT-VALUE}.")
    int[] lengths = {1_000, 10_000, 100_000};

    @Option(names = "--repeat", paramLabel = "N", description = "Runs per length; the median is reported. Default ${DEFAULT-VALUE}.")
    int repeat = 3;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated progressions. Default ${DEFAULT-VALUE}.")
    long seed = 1;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Benchmark the rule files under DIR instead of the shipped ones (to find a slow rule).")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (repeat < 1 || lengths.length == 0 || Arrays.stream(lengths).anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--repeat and every --chords length must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        Analyzer analyzer = rules == null ? Analyzer.withShippedRules() : Analyzer.withRules(rules);
        analyzer.analyze(progression(500)); // warm the JIT and the rule network before timing
        out.printf(Locale.ROOT, "%10s  %10s  %14s  %14s  %s%n", "chords", "seconds", "chords/second", "peak heap MiB",
                "derived facts");
        double previous = Double.NaN;
        List<String> ratios = new ArrayList<>();
        for (int length : lengths) {
            Piece piece = progression(length);
            double[] seconds = new double[repeat];
            long peak = 0;
            int derived = 0;
            for (int run = 0; run < repeat; run++) {
                System.gc();
                resetPeakHeap();
                long start = System.nanoTime();
                Analysis analysis = analyzer.analyze(piece);
                seconds[run] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, peakHeapBytes());
                derived = analysis.derivations().size();
            }
            Arrays.sort(seconds);
            double median = seconds[repeat / 2];
            out.printf(Locale.ROOT, "%10d  %10.3f  %14.0f  %14.1f  %d%n", length, median, length / median,
                    peak / (1024.0 * 1024.0), derived);
            if (!Double.isNaN(previous)) {
                ratios.add(String.format(Locale.ROOT, "%.1f", median / previous));
            }
            previous = median;
            out.flush();
        }
        if (!ratios.isEmpty()) {
            out.println("time ratio between successive lengths: " + String.join(", ", ratios));
        }
        out.printf(Locale.ROOT, "median of %d run(s) per length; Java %s, %d processors, max heap %d MiB%n", repeat,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.flush();
        return Continuo.SUCCESS;
    }

    /** A seeded random progression, one chord per bar, ending on the tonic. */
    private Piece progression(int length) {
        Random random = new Random(seed + length);
        StringJoiner chords = new StringJoiner(" ");
        for (int i = 0; i < length - 1; i++) {
            chords.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        chords.add("C");
        return TextChartReader.readInline("bench", chords.toString(), ChartOptions.none());
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
