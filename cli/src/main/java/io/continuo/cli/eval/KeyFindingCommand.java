package io.continuo.cli.eval;

import io.continuo.cli.Continuo;
import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.LabChartReader;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.NotationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code continuo eval keys}: key inference from chord annotations alone, scored against the key
 * annotations of POP909 (Wang et al., ISMIR 2020). Songs whose annotation has more than one key are
 * left out: Continuo infers one key per piece.
 */
@Command(name = "keys",
        mixinStandardHelpOptions = true,
        description = {"Infers the key of every POP909 song from its chord annotation (chord_midi.txt)",
            "and scores it against the annotated key (key_audio.txt) with the MIREX weights."},
        footer = {"", "Example:", "  continuo eval keys --pop909 ../shared/data/midi/pop909/POP909"})
final class KeyFindingCommand implements Callable<Integer> {

    @Option(names = "--pop909", paramLabel = "DIR", required = true,
            description = "The POP909 folder holding 001/ … 909/, each with chord_midi.txt and key_audio.txt.")
    Path pop909;

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N songs (all by default).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Evaluate the rule files under DIR instead of the shipped ones (for ablations).")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> songs = songFolders();
        Analyzer analyzer = rules == null ? Analyzer.withShippedRules() : Analyzer.withRules(rules);
        Map<KeyScore, Integer> counts = new EnumMap<>(KeyScore.class);
        List<Long> micros = new ArrayList<>();
        int modulating = 0;
        int unreadable = 0;
        List<String> failures = new ArrayList<>();
        for (Path song : songs) {
            List<String> keyLines = Files.readAllLines(song.resolve("key_audio.txt")).stream()
                    .filter(l -> !l.isBlank()).toList();
            if (keyLines.size() != 1) {
                modulating++;
                continue;
            }
            Key reference;
            Piece piece;
            try {
                reference = harteKey(keyLines.get(0));
                Path chords = song.resolve("chord_midi.txt");
                piece = LabChartReader.read(chords.toString(), Files.readString(chords), ChartOptions.none());
            } catch (InputException | NotationException e) {
                unreadable++;
                failures.add(e.getMessage());
                continue;
            }
            long start = System.nanoTime();
            Analysis analysis = analyzer.analyze(piece);
            micros.add((System.nanoTime() - start) / 1000);
            KeyScore score = analysis.tonalCentre().map(c -> KeyScore.of(reference, c.key())).orElse(KeyScore.OTHER);
            counts.merge(score, 1, Integer::sum);
        }
        report(out, songs.size(), modulating, unreadable, counts, micros);
        failures.stream().limit(5).forEach(f -> out.println("  unreadable: " + f));
        out.flush();
        return Continuo.SUCCESS;
    }

    private List<Path> songFolders() throws IOException {
        if (!Files.isDirectory(pop909)) {
            throw new UncheckedIOException(new NoSuchFileException(pop909.toString(), null, "not a POP909 folder"));
        }
        try (Stream<Path> entries = Files.list(pop909)) {
            List<Path> songs = entries.filter(p -> Files.isRegularFile(p.resolve("key_audio.txt"))
                    && Files.isRegularFile(p.resolve("chord_midi.txt"))).sorted().limit(limit).toList();
            if (songs.isEmpty()) {
                throw new UncheckedIOException(new NoSuchFileException(pop909.toString(), null,
                        "no song folders with chord_midi.txt and key_audio.txt"));
            }
            return songs;
        }
    }

    /** A POP909 key line: {@code start end Tonic:maj|min}. */
    private static Key harteKey(String line) {
        String[] fields = line.strip().split("\\s+");
        String label = fields[fields.length - 1];
        String[] parts = label.split(":");
        if (parts.length != 2 || !(parts[1].equals("maj") || parts[1].equals("min"))) {
            throw new NotationException("unknown key label", label, 0);
        }
        return Key.parse(parts[0] + (parts[1].equals("maj") ? " major" : " minor"));
    }

    private static void report(PrintWriter out, int songs, int modulating, int unreadable,
                               Map<KeyScore, Integer> counts, List<Long> micros) {
        int scored = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "Key inference from chord annotations, POP909: %d songs, %d with one key scored"
                + " (%d with key changes left out, %d unreadable)%n", songs, scored, modulating, unreadable);
        double weighted = 0;
        for (KeyScore score : KeyScore.values()) {
            int n = counts.getOrDefault(score, 0);
            weighted += n * score.weight();
            out.printf(Locale.ROOT, "  %-9s %5.1f %%  (%d)%n", score.name().toLowerCase(Locale.ROOT),
                    scored == 0 ? 0 : 100.0 * n / scored, n);
        }
        out.printf(Locale.ROOT, "  MIREX weighted score %.3f%n", scored == 0 ? 0 : weighted / scored);
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            out.printf(Locale.ROOT, "  analysis time per song: median %.1f ms (rules only, warm, one thread)%n",
                    sorted[sorted.length / 2] / 1000.0);
        }
        out.println("  " + Arrays.toString(KeyScore.values()).toLowerCase(Locale.ROOT)
                + " weights 1, 0.5, 0.3, 0.2, 0 as in MIREX key detection");
    }
}
