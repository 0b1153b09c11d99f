package io.continuo.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.continuo.engine.Analysis;
import io.continuo.engine.Analyzer;
import io.continuo.engine.document.AnalysisDocuments;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.TextChartReader;
import io.continuo.facts.derived.HarmonicFunction;
import io.continuo.facts.derived.KeySource;
import io.continuo.facts.derived.Modulation;
import io.continuo.facts.derived.RomanNumeral;
import io.continuo.facts.derived.TonalCentre;
import io.continuo.facts.harmony.Key;
import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Glue for the harmony scenarios: chords in a musician's notation go in, the rules' readings come out. */
public class HarmonySteps {

    private static final Analyzer ANALYZER = Analyzer.withShippedRules();

    private Analysis analysis;

    @ParameterType("[A-G][#b]? (?:major|minor)")
    public Key key(String name) {
        return Key.parse(name);
    }

    @Given("the chords {string} in {key}")
    public void theChordsInKey(String chords, Key key) {
        analyse(chords, Optional.of(key));
    }

    @Given("the chords {string}")
    public void theChords(String chords) {
        analyse(chords, Optional.empty());
    }

    private void analyse(String chords, Optional<Key> key) {
        ChartOptions options = new ChartOptions(key, Optional.empty(), Optional.empty());
        analysis = ANALYZER.analyze(TextChartReader.readInline("scenario", chords, options));
    }

    @Then("the Roman numerals are {string}")
    public void theRomanNumeralsAre(String expected) {
        assertEquals(expected, analysis.romanNumerals().stream().map(RomanNumeral::label)
                .collect(Collectors.joining(" ")));
    }

    @Then("the chord {string} is read as {string}")
    public void theChordIsReadAs(String chord, String numeral) {
        List<String> labels = analysis.romanNumerals().stream()
                .filter(rn -> analysis.piece().chords().get(rn.chordIndex()).chord().symbol().equals(chord))
                .map(RomanNumeral::label).toList();
        assertTrue(labels.contains(numeral), chord + " was read as " + labels + ", not " + numeral);
    }

    @Then("the functions are {string}")
    public void theFunctionsAre(String expected) {
        List<HarmonicFunction> functions = analysis.functions();
        assertEquals(analysis.piece().chords().size(), functions.size(), "every chord should have a function");
        assertEquals(expected, functions.stream().map(f -> f.function().jsonName().replace('_', ' '))
                .collect(Collectors.joining(", ")));
    }

    @Then("the chord {string} has no function")
    public void theChordHasNoFunction(String chord) {
        boolean any = analysis.functions().stream().anyMatch(f ->
                analysis.piece().chords().get(f.chordIndex()).chord().symbol().equals(chord));
        assertTrue(!any, chord + " was given a function");
    }

    @Then("the cadences are {string}")
    public void theCadencesAre(String expected) {
        List<String> found = analysis.cadences().stream().map(c -> c.type().jsonName().replace('_', ' ') + " "
                + c.progression() + " at " + analysis.piece().chords().get(c.chordIndex()).chord().symbol()).toList();
        assertEquals(expected, found.isEmpty() ? "none" : String.join("; ", found));
    }

    @Then("the progressions found are {string}")
    public void theProgressionsFoundAre(String expected) {
        assertEquals(expected, String.join(", ", foundPatterns()));
    }

    @Then("no progression from the library is found")
    public void noProgressionIsFound() {
        assertEquals(List.of(), foundPatterns());
    }

    private List<String> foundPatterns() {
        return analysis.patternOccurrences().stream().map(o -> o.pattern()).distinct().toList();
    }

    @Then("the harmony changes {double} times per bar")
    public void theHarmonyChangesTimesPerBar(double expected) {
        assertEquals(expected, AnalysisDocuments.of(analysis).harmonicAnalysis()
                .harmonicRhythm().changesPerBar(), 1e-9);
    }

    @Then("the voices move {double} semitones per change of harmony on average")
    public void theVoicesMove(double expected) {
        assertEquals(expected, AnalysisDocuments.of(analysis).harmonicAnalysis().voiceLeading().meanDistance(), 0.05);
    }

    @Then("no change of harmony moves the voices")
    public void noChangeMovesTheVoices() {
        assertEquals(List.of(), AnalysisDocuments.of(analysis).harmonicAnalysis().voiceLeading().moves());
    }

    @Then("the progression is simpler than {string} in {key}")
    public void theProgressionIsSimplerThan(String other, Key key) {
        double mine = AnalysisDocuments.of(analysis).harmonicAnalysis().progressionComplexity().score();
        Analysis theirs = ANALYZER.analyze(TextChartReader.readInline("scenario", other,
                new ChartOptions(Optional.of(key), Optional.empty(), Optional.empty())));
        double score = AnalysisDocuments.of(theirs).harmonicAnalysis().progressionComplexity().score();
        assertTrue(mine < score, mine + " should be below " + score);
    }

    @Then("the music modulates from {key} to {key}")
    public void theMusicModulates(Key from, Key to) {
        assertTrue(analysis.all(Modulation.class).stream()
                .anyMatch(m -> m.from().soundsAs(from) && m.to().soundsAs(to)),
                analysis.all(Modulation.class).toString());
    }

    @Then("the music does not modulate")
    public void theMusicDoesNotModulate() {
        assertEquals(List.of(), analysis.all(Modulation.class));
    }

    @Then("the key is inferred as {key}")
    public void theKeyIsInferredAs(Key key) {
        TonalCentre centre = analysis.tonalCentre().orElseThrow();
        assertEquals(key.name(), centre.key().name());
        assertEquals(KeySource.INFERRED, centre.source());
    }

    @Then("the key is {key}, as given")
    public void theKeyIsAsGiven(Key key) {
        TonalCentre centre = analysis.tonalCentre().orElseThrow();
        assertEquals(key.name(), centre.key().name());
        assertEquals(KeySource.GIVEN, centre.source());
    }
}
