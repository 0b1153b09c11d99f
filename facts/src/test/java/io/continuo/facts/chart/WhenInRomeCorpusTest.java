package io.continuo.facts.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.continuo.facts.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code analysis.txt} of the When-in-Rome corpus (Gotham et al.), read from the shared data
 * folder beside the project ({@code ../shared/data/symbolic/when-in-rome/Corpus} from the project's
 * root) when it is there; skipped otherwise. The corpus holds a few figures no RomanText reader
 * defines ({@code V65M9}, {@code IV/V[I]}, {@code I6+}), so the bar is a share of the files, not all.
 */
class WhenInRomeCorpusTest {

    private static final Path CORPUS = Path.of("shared", "data", "symbolic", "when-in-rome", "Corpus");
    /** The share of the corpus's analyses that must read without error. */
    private static final double REQUIRED_SHARE = 0.95;

    @Test
    void nearlyEveryAnalysisOfTheCorpusReads() throws IOException {
        Optional<Path> corpus = locate();
        assumeTrue(corpus.isPresent(), "the When-in-Rome corpus is not in ../shared beside the project");
        List<Path> files;
        try (Stream<Path> paths = Files.walk(corpus.get())) {
            files = paths.filter(p -> p.getFileName().toString().equals("analysis.txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "the When-in-Rome corpus folder holds no analysis.txt");
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                RomanTextAnalysis analysis = RomanTextReader.read(file.toString(), Files.readString(file));
                assertEquals(analysis.piece().chords().size(), analysis.readings().size());
            } catch (InputException e) {
                failures.add(corpus.get().relativize(Path.of(e.source())) + ":" + e.line() + ":" + e.column()
                        + ": " + e.reason());
            }
        }
        double share = 1.0 - (double) failures.size() / files.size();
        assertTrue(share >= REQUIRED_SHARE, () -> String.format(Locale.ROOT,
                "%d of %d analyses read (%.1f%%, %.0f%% required); failures:%n%s",
                files.size() - failures.size(), files.size(), 100 * share, 100 * REQUIRED_SHARE,
                String.join(System.lineSeparator(), failures)));
    }

    /** The corpus folder under the working directory or one of its parents (Maven runs tests in the module). */
    private static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(CORPUS);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
