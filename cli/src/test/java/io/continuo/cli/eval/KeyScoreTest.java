package io.continuo.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.facts.harmony.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MIREX key weights, checked on the reference/estimate pairs of mir_eval's key fixtures. */
class KeyScoreTest {

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "C major, C major, 1.0",
        "G minor, G minor, 1.0",
        "Db minor, Ab minor, 0.5",
        "A minor, D major, 0.0",
        "A major, F# minor, 0.3",
        "F# minor, A major, 0.3",
        "Gb major, Gb minor, 0.2",
        "G minor, G major, 0.2",
        "G major, C major, 0.0",
        "A minor, C minor, 0.0"})
    void weightsMatchMirEval(String reference, String estimate, double weight) {
        assertEquals(weight, KeyScore.of(Key.parse(reference), Key.parse(estimate)).weight());
    }
}
