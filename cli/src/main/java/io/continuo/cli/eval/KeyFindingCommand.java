package io.continuo.cli.eval;

import io.continuo.cli.Continuo;
import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.BillboardReader;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.LabChartReader;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.NotationException;
import io.continuo.facts.pitch.PitchClass;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code continuo eval keys}: key inference from chord annotations alone, scored against a corpus's
 * key annotations. Songs annotated with more than one key are left out: Continuo infers one key per
 * piece.
 */
@Command(name = "keys",
        mixinStandardHelpOptions = true,
        description = {"Infers the key of every song of an annotated corpus from its chords alone and scores it:",
            "POP909 (key with mode) with the MIREX weights; McGill Billboard (tonic only) by its tonic."},
        footer = {"", "Examples:",
            "  continuo eval keys --pop909 ../shared/data/midi/pop909/POP909",
            "  continuo eval keys --billboard ../shared/data/symbolic/billboard/billboard-2.0-salami_chords"})
final class KeyFindingCommand implements Callable<Integer> {

    static final class Corpus {
        @Option(names = "--pop909", paramLabel = "DIR",
                description = "POP909's folder of songs 001/ …, each with chord_midi.txt and key_audio.txt.")
        Path pop909;

        @Option(names = "--billboard", paramLabel = "DIR",
                description = "McGill Billboard's billboard-2.0-salami_chords folder (NNNN/salami_chords.txt).")
        Path billboard;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Corpus corpus;

    @Mixin
    EvaluationOptions options;

    @Spec
    CommandSpec spec;

    /** One annotated song: its chords as a piece, and the key (POP909) or tonic (Billboard) it is annotated with. */
    private record Song(Piece piece, Optional<Key> key, PitchClass tonic) {
    }

    @Override
    public Integer call() throws IOException {
        boolean pop909 = corpus.pop909 != null;
        Path folder = pop909 ? corpus.pop909 : corpus.billboard;
        List<Path> songs = songFolders(folder, pop909 ? "chord_midi.txt" : "salami_chords.txt");
        Analyzer analyzer = options.analyzer();
        Map<KeyScore, Integer> keyScores = new EnumMap<>(KeyScore.class);
        int tonicsCorrect = 0;
        int scored = 0;
        int modulating = 0;
        List<String> unreadable = new ArrayList<>();
        List<Long> micros = new ArrayList<>();
        for (Path song : songs) {
            Optional<Song> annotated;
            try {
                annotated = pop909 ? pop909Song(song) : billboardSong(song);
            } catch (InputException | IllegalArgumentException e) { // also NotationException, a bad tonic
                unreadable.add(song + ": " + e.getMessage());
                continue;
            }
            if (annotated.isEmpty()) {
                modulating++;
                continue;
            }
            long start = System.nanoTime();
            Analysis analysis = analyzer.analyze(annotated.get().piece());
            micros.add((System.nanoTime() - start) / 1000);
            Optional<Key> inferred = analysis.tonalCentre().map(c -> c.key());
            scored++;
            if (inferred.isPresent() && inferred.get().tonic().soundsAs(annotated.get().tonic())) {
                tonicsCorrect++;
            }
            annotated.get().key().ifPresent(reference -> keyScores.merge(
                    inferred.map(k -> KeyScore.of(reference, k)).orElse(KeyScore.OTHER), 1, Integer::sum));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Key inference from chord annotations, %s: %d songs, %d with one key scored"
                        + " (%d with key changes left out, %d unreadable)%n", pop909 ? "POP909" : "McGill Billboard",
                songs.size(), scored, modulating, unreadable.size());
        out.printf(Locale.ROOT, "  tonic     %5.1f %%  (%d)%n", percent(tonicsCorrect, scored), tonicsCorrect);
        if (pop909) {
            double weighted = 0;
            for (KeyScore score : KeyScore.values()) {
                int n = keyScores.getOrDefault(score, 0);
                weighted += n * score.weight();
                out.printf(Locale.ROOT, "  %-9s %5.1f %%  (%d)%n", score.name().toLowerCase(Locale.ROOT),
                        percent(n, scored), n);
            }
            out.printf(Locale.ROOT, "  MIREX weighted score %.3f (weights: correct 1, fifth 0.5, relative 0.3,"
                    + " parallel 0.2, other 0)%n", scored == 0 ? 0 : weighted / scored);
        }
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length > 0) {
            out.printf(Locale.ROOT, "  analysis time per song: median %.1f ms (rules only, warm, one thread)%n",
                    sorted[sorted.length / 2] / 1000.0);
        }
        unreadable.stream().limit(5).forEach(f -> out.println("  unreadable: " + f));
        out.flush();
        return Continuo.SUCCESS;
    }

    private static double percent(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    private List<Path> songFolders(Path folder, String chordFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new NoSuchFileException(folder.toString(), null, "not a corpus folder"));
        }
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> songs = entries.filter(p -> Files.isRegularFile(p.resolve(chordFile))).sorted().limit(options.limit)
                    .toList();
            if (songs.isEmpty()) {
                throw new UncheckedIOException(new NoSuchFileException(folder.toString(), null,
                        "no song folders holding " + chordFile));
            }
            return songs;
        }
    }

    /** A POP909 song with exactly one key line ({@code start end Tonic:maj|min}), else empty. */
    private static Optional<Song> pop909Song(Path song) throws IOException {
        List<String> keyLines = Files.readAllLines(song.resolve("key_audio.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        if (keyLines.size() != 1) {
            return Optional.empty();
        }
        String[] fields = keyLines.get(0).strip().split("\\s+");
        String label = fields[fields.length - 1];
        String[] parts = label.split(":");
        if (parts.length != 2 || !(parts[1].equals("maj") || parts[1].equals("min"))) {
            throw new NotationException("unknown key label", label, 0);
        }
        Key key = Key.parse(parts[0] + (parts[1].equals("maj") ? " major" : " minor"));
        Path chords = song.resolve("chord_midi.txt");
        Piece piece = LabChartReader.read(chords.toString(), Files.readString(chords), ChartOptions.none());
        return Optional.of(new Song(piece, Optional.of(key), key.tonic()));
    }

    /** A Billboard song with exactly one {@code # tonic:} line, else empty. */
    private static Optional<Song> billboardSong(Path song) throws IOException {
        Path file = song.resolve("salami_chords.txt");
        String text = Files.readString(file);
        List<String> tonics = text.lines().filter(l -> l.startsWith("# tonic:")).toList();
        if (tonics.size() != 1) {
            return Optional.empty();
        }
        PitchClass tonic = PitchClass.parse(tonics.get(0).substring("# tonic:".length()).strip());
        Piece piece = BillboardReader.read(file.toString(), text, ChartOptions.none());
        return Optional.of(new Song(piece, Optional.empty(), tonic));
    }
}
