package io.continuo.cli;

import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.engine.document.AnalysisDocument;
import io.continuo.engine.document.AnalysisDocuments;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code continuo analyze}: one piece in, its analysis out. */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Continuo.Version.class,
        description = {
            "Analyses a chord chart: Roman numerals, harmonic functions and the key, derived by the rules.",
            "",
            "Input is a text chart (docs/input-formats.md), a JSON chart (*.json), timed chord labels (*.lab),",
            "'-' for standard input, or chords given inline with --chords."},
        footer = {"", "Examples:",
            "  continuo analyze docs/examples/autumn-leaves.txt",
            "  continuo analyze --chords \"C A7 Dm G7 C\" --key \"C major\" --format json",
            "  continuo analyze --chords \"| C G | Am F |\" --time-signature 3/4 --bpm 90"})
final class AnalyzeCommand implements Callable<Integer> {

    /** The input: a file or standard input, or chords on the command line; exactly one. */
    static final class Input {
        @Parameters(paramLabel = "INPUT", arity = "1",
                description = "A chart file (.txt text chart, .json JSON chart, .lab chord labels), or '-' for standard input.")
        Path file;

        @Option(names = "--chords", paramLabel = "CHORDS",
                description = "Chords inline: each symbol one bar (\"C G Am F\"), or bars between '|' (\"| C G | Am F |\").")
        String chords;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--key", paramLabel = "KEY", converter = Converters.KeyConverter.class,
            description = "The key, e.g. \"C major\", \"Eb minor\", \"F#m\". Overrides the chart's key; "
                    + "when absent everywhere the key is inferred.")
    Key key;

    @Option(names = "--bpm", paramLabel = "BPM", converter = Converters.TempoConverter.class,
            description = "Beats per minute. Overrides the chart's bpm; default 120 when absent everywhere.")
    Tempo bpm;

    @Option(names = "--time-signature", paramLabel = "N/D", converter = Converters.TimeSignatureConverter.class,
            description = "The meter, e.g. 3/4, 6/8. Overrides the chart's time; default 4/4 when absent everywhere.")
    TimeSignature timeSignature;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json or text. Default: text on a terminal, json otherwise (pipes, --out FILE.json).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the analysis to FILE instead of standard output.")
    Path out;

    @Option(names = "--explain",
            description = "Add, to every conclusion, the sentence its rule gives for musicians (JSON: \"explanation\" fields; text: lines under each chord).")
    boolean explain;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the rule files under DIR (.drl, .dsl/.dslr, .drl.csv) instead of the shipped rules.")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChartOptions options = new ChartOptions(Optional.ofNullable(key), Optional.ofNullable(bpm),
                Optional.ofNullable(timeSignature));
        Piece piece = input.chords != null
                ? ChartInputs.inline(input.chords, options)
                : ChartInputs.read(input.file, options);
        Analyzer analyzer = rules == null ? Analyzer.withShippedRules() : Analyzer.withRules(rules);
        Analysis analysis = analyzer.analyze(piece);
        AnalysisDocument document = AnalysisDocuments.of(analysis, explain);
        OutputFormat chosen = format != null ? format : OutputFormat.defaultFor(out, stdoutIsTerminal());
        String text = chosen == OutputFormat.json ? AnalysisDocuments.toJson(document) : TextReport.of(document);
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Files.writeString(out, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException(out + ": cannot write the analysis: " + e.getMessage(), e));
            }
        }
        return Continuo.SUCCESS;
    }

    /**
     * The launcher knows whether standard output is a terminal ({@code [ -t 1 ]}) and says so in
     * CONTINUO_STDOUT_TTY; Java 17 alone can only ask for a console, which also needs a terminal on
     * standard input.
     */
    private static boolean stdoutIsTerminal() {
        String told = System.getenv("CONTINUO_STDOUT_TTY");
        return told != null ? told.equals("1") : System.console() != null;
    }
}
