package io.continuo.cli.eval;

import io.continuo.cli.Continuo;
import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.facts.InputException;
import io.continuo.facts.chart.RomanNumeralReading;
import io.continuo.facts.chart.RomanTextAnalysis;
import io.continuo.facts.chart.RomanTextReader;
import io.continuo.facts.derived.AppliedChord;
import io.continuo.facts.derived.Cadence;
import io.continuo.facts.derived.LocalKey;
import io.continuo.facts.derived.RomanNumeral;
import io.continuo.facts.harmony.Key;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code continuo eval roman-numerals}: Continuo's readings against the analysts' Roman numerals of
 * the When-in-Rome corpus. Each analysis's numerals are realised as chords in the analyst's keys;
 * Continuo analyses those chords without any key and is compared, chord by chord, with what the
 * analyst wrote. The analysts' labels only measure; no rule is tuned toward a piece.
 */
@Command(name = "roman-numerals",
        mixinStandardHelpOptions = true,
        description = {"Scores Continuo's keys, Roman numerals, applied chords and cadences against the",
            "When-in-Rome RomanText analyses (every analysis.txt under DIR)."},
        footer = {"", "Example:",
            "  continuo eval roman-numerals --when-in-rome ../shared/data/symbolic/when-in-rome/Corpus"})
final class RomanNumeralAgreementCommand implements Callable<Integer> {

    @Option(names = "--when-in-rome", paramLabel = "DIR", required = true,
            description = "The When-in-Rome Corpus folder (searched for analysis.txt files).")
    Path corpus;

    @Mixin
    EvaluationOptions options;

    @Spec
    CommandSpec spec;

    private static final String KEY = "key: Continuo's local key = the analyst's key in force";

    /** Agreement counts: how many chords were compared and how many agreed, per measure. */
    private final Map<String, int[]> agreement = new HashMap<>();

    private void count(String measure, boolean agrees) {
        int[] counts = agreement.computeIfAbsent(measure, m -> new int[2]);
        counts[0]++;
        if (agrees) {
            counts[1]++;
        }
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = analyses();
        Analyzer analyzer = options.analyzer();
        List<String> unreadable = new ArrayList<>();
        int pieces = 0;
        for (Path file : files) {
            RomanTextAnalysis reference;
            try {
                reference = RomanTextReader.read(file.toString(), Files.readString(file));
            } catch (InputException | IllegalArgumentException e) {
                unreadable.add(e.getMessage());
                continue;
            }
            pieces++;
            compare(reference, analyzer.analyze(reference.piece()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Continuo against the When-in-Rome analyses: %d analyses read, %d unreadable%n",
                pieces, unreadable.size());
        for (String measure : List.of(KEY,
                "root degree, where the keys agree", "triad quality, where the keys agree",
                "inversion, where the keys agree", "applied or not, where the keys agree",
                "applied chord's target, where both read it applied",
                "phrase ends (||) with a cadence found within one chord (recall)",
                "cadences found on an analyst's phrase end, within one chord (precision)")) {
            int[] counts = agreement.getOrDefault(measure, new int[2]);
            out.printf(Locale.ROOT, "  %-78s %5.1f %%  (%d of %d)%n", measure,
                    counts[0] == 0 ? 0 : 100.0 * counts[1] / counts[0], counts[1], counts[0]);
        }
        unreadable.stream().limit(3).forEach(u -> out.println("  unreadable: " + u));
        out.flush();
        return Continuo.SUCCESS;
    }

    private void compare(RomanTextAnalysis reference, Analysis analysis) {
        Map<Integer, Key> localKeys = new HashMap<>();
        analysis.all(LocalKey.class).forEach(k -> localKeys.put(k.chordIndex(), k.key()));
        Map<Integer, RomanNumeral> numerals = new HashMap<>();
        analysis.romanNumerals().forEach(rn -> numerals.put(rn.chordIndex(), rn));
        Map<Integer, AppliedChord> applied = new HashMap<>();
        analysis.all(AppliedChord.class).forEach(a -> applied.put(a.chordIndex(), a));
        for (RomanNumeralReading reading : reference.readings()) {
            Optional<Key> key = Optional.ofNullable(localKeys.get(reading.chordIndex()));
            boolean sameKey = key.isPresent() && key.get().soundsAs(reading.key());
            count(KEY, sameKey);
            RomanNumeral numeral = numerals.get(reading.chordIndex());
            if (!sameKey || numeral == null || reading.numeral().kind().isAugmentedSixth()) {
                continue;
            }
            var chord = reference.piece().chords().get(reading.chordIndex()).chord();
            var analystRoot = reading.isApplied() ? reading.key().degreeOf(reading.tonicizedKey().tonic()) : null;
            count("root degree, where the keys agree",
                    key.get().degreeOf(chord.root()).equals(reading.key().degreeOf(chord.root())));
            count("triad quality, where the keys agree", numeral.triad() == chord.triad());
            count("inversion, where the keys agree", numeral.inversion() == reading.numeral().inversion());
            count("applied or not, where the keys agree", numeral.isApplied() == reading.isApplied());
            if (numeral.isApplied() && reading.isApplied()) {
                AppliedChord ours = applied.get(reading.chordIndex());
                count("applied chord's target, where both read it applied",
                        ours != null && ours.target().degree().equals(analystRoot));
            }
        }
        Set<Integer> phraseEnds = new HashSet<>();
        reference.readings().stream().filter(RomanNumeralReading::phraseEnd).forEach(r -> phraseEnds.add(r.chordIndex()));
        Set<Integer> arrivals = new HashSet<>();
        analysis.cadences().stream().map(Cadence::chordIndex).forEach(arrivals::add);
        for (int end : phraseEnds) {
            count("phrase ends (||) with a cadence found within one chord (recall)",
                    arrivals.contains(end) || arrivals.contains(end - 1) || arrivals.contains(end + 1));
        }
        for (int arrival : arrivals) {
            count("cadences found on an analyst's phrase end, within one chord (precision)",
                    phraseEnds.contains(arrival) || phraseEnds.contains(arrival - 1) || phraseEnds.contains(arrival + 1));
        }
    }

    private List<Path> analyses() throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new UncheckedIOException(new NoSuchFileException(corpus.toString(), null, "not a corpus folder"));
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().equals("analysis.txt")).sorted()
                    .limit(options.limit).toList();
            if (files.isEmpty()) {
                throw new UncheckedIOException(new NoSuchFileException(corpus.toString(), null, "no analysis.txt files"));
            }
            return files;
        }
    }
}
