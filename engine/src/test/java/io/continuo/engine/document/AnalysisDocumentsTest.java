package io.continuo.engine.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.continuo.engine.Analyzer;
import io.continuo.facts.Piece;
import io.continuo.facts.chart.ChartOptions;
import io.continuo.facts.chart.JsonChartReader;
import io.continuo.facts.chart.TextChartReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON the analysis writes is what docs/analysis.schema.json promises, for every shipped example. */
class AnalysisDocumentsTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Analyzer ANALYZER = Analyzer.withShippedRules();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(DOCS.resolve("analysis.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Stream<Path> examples() throws Exception {
        return Files.list(DOCS.resolve("examples")).sorted();
    }

    private static Piece read(Path example) throws Exception {
        String text = Files.readString(example);
        return example.toString().endsWith(".json")
                ? JsonChartReader.read(example.toString(), text, ChartOptions.none())
                : TextChartReader.read(example.toString(), text, ChartOptions.none());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleAnalysisMatchesTheSchema(Path example) throws Exception {
        for (boolean explain : new boolean[] {false, true}) {
            String json = AnalysisDocuments.toJson(AnalysisDocuments.of(ANALYZER.analyze(read(example)), explain));
            Set<ValidationMessage> problems = schema().validate(JSON.readTree(json));
            assertTrue(problems.isEmpty(), example + (explain ? " with explanations: " : ": ") + problems);
        }
    }

    @Test
    void everyChordHasAFunctionEntryEvenWithoutAFunction() throws Exception {
        JsonNode tree = JSON.readTree(AnalysisDocuments.toJson(AnalysisDocuments.of(ANALYZER.analyze(
                TextChartReader.readInline("test", "C F#m C", ChartOptions.none())))));
        assertTrue(schema().validate(tree).isEmpty(), schema().validate(tree).toString());
        JsonNode functions = tree.at("/harmonic_analysis/functional_harmony");
        assertEquals(3, functions.size());
        assertEquals("#iv", functions.get(1).get("roman_numeral").asText());
        assertTrue(functions.get(1).get("function").isNull());
    }

    @Test
    void theSchemaRejectsADocumentThatBreaksIt() throws Exception {
        String json = AnalysisDocuments.toJson(AnalysisDocuments.of(ANALYZER.analyze(
                TextChartReader.readInline("test", "C G C", ChartOptions.none()))));
        JsonNode tree = JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("bpm", "fast");
        assertTrue(!schema().validate(tree).isEmpty(), "a string bpm must fail the schema");
    }

    @Test
    void theSeedExampleIsLabelledAsTheIssueAsks() throws Exception {
        var options = new ChartOptions(java.util.Optional.of(io.continuo.facts.harmony.Key.parse("C major")),
                java.util.Optional.empty(), java.util.Optional.empty());
        JsonNode tree = JSON.readTree(AnalysisDocuments.toJson(AnalysisDocuments.of(ANALYZER.analyze(
                TextChartReader.readInline("--chords", "C A7 Dm G7 C", options)))));
        List<String> numerals = tree.at("/harmonic_analysis/roman_numerals").findValuesAsText("roman_numeral");
        assertEquals(List.of("I", "V7/ii", "ii", "V7", "I"), numerals);
        assertEquals("C major", tree.at("/harmonic_analysis/key").asText());
        assertEquals("given", tree.at("/harmonic_analysis/key_source").asText());
        assertEquals(List.of("tonic", "dominant", "subdominant", "dominant", "tonic"),
                tree.at("/harmonic_analysis/functional_harmony").findValuesAsText("function"));
    }
}
