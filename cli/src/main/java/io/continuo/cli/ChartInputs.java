package io.continuo.cli;

import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.JsonChartReader;
import io.continuo.facts.chart.LabChartReader;
import io.continuo.facts.chart.TextChartReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a chart from a file, standard input or the command line, choosing the reader by the file's
 * ending: {@code .json} JSON chart, {@code .lab} timed chord labels, anything else a text chart.
 */
final class ChartInputs {

    /** How errors name chords given with --chords. */
    static final String INLINE_SOURCE = "--chords";

    private ChartInputs() {
    }

    static Piece inline(String chords, ChartOptions options) {
        return TextChartReader.readInline(INLINE_SOURCE, chords, options);
    }

    static Piece read(Path file, ChartOptions options) {
        boolean stdin = file.toString().equals("-");
        String source = stdin ? "-" : file.toString();
        String text = decode(source, stdin ? readStdin() : readFile(file));
        String name = source.toLowerCase(Locale.ROOT);
        if (stdin ? text.stripLeading().startsWith("{") : name.endsWith(".json")) {
            return JsonChartReader.read(source, text, options);
        }
        if (name.endsWith(".lab")) {
            return LabChartReader.read(source, text, options);
        }
        return TextChartReader.read(source, text, options);
    }

    private static byte[] readFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new InputException(file.toString(), 0, 0, "is a folder, not a chart");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static byte[] readStdin() {
        try {
            return System.in.readAllBytes();
        } catch (IOException e) {
            throw new InputException("-", 0, 0, "cannot read standard input: " + e.getMessage());
        }
    }

    private static String decode(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InputException(source, 0, 0, "not UTF-8 text (is it an audio or MIDI file? those come in a later version)");
        }
    }
}
