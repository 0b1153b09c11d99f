package io.continuo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, exit statuses and one-line errors. */
class ContinuoCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Continuo.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void theSeedProgressionIsLabelledInJson() throws Exception {
        Result result = run("analyze", "--chords", "C A7 Dm G7 C", "--key", "C major", "--format", "json");
        assertEquals(0, result.status(), result.err());
        JsonNode tree = JSON.readTree(result.out());
        assertEquals(List.of("I", "V7/ii", "ii", "V7", "I"),
                tree.at("/harmonic_analysis/roman_numerals").findValuesAsText("roman_numeral"));
        assertEquals(120.0, tree.get("bpm").asDouble());
        assertEquals("4/4", tree.get("time_signature").asText());
        assertEquals(10.0, tree.get("duration_seconds").asDouble());
    }

    @Test
    void theTextFormatIsATableAMusicianReads() {
        Result result = run("analyze", "--chords", "| C A7 | Dm G7 | C |", "--format", "text");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("key C major (inferred"), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.contains("A7") && l.contains("V7/ii") && l.contains("dominant")),
                result.out());
    }

    @Test
    void explainAddsTheRulesSentences() throws Exception {
        Result json = run("analyze", "--chords", "| C | F | G7 | C |", "--key", "C major", "--explain", "--format", "json");
        assertEquals(0, json.status(), json.err());
        JsonNode cadence = JSON.readTree(json.out()).at("/harmonic_analysis/cadences/0");
        assertTrue(cadence.get("explanation").asText().startsWith("G7 → C at bar 4 closes the phrase"), json.out());
        Result text = run("analyze", "--chords", "| C | F | G7 | C |", "--key", "C major", "--explain", "--format", "text");
        assertTrue(text.out().contains("· G7 → C at bar 4 closes the phrase on the tonic"), text.out());
        Result plain = run("analyze", "--chords", "| C | F | G7 | C |", "--format", "json");
        assertTrue(!plain.out().contains("\"explanation\""), plain.out());
    }

    @Test
    void theTextSaysWhereTheLocalKeyChanges() {
        Result result = run("analyze", "--format", "text", "--key", "C major", "--chords",
                "| C | F | G7 | C | Am | Dm | G7 | C | D | G | A7 | D | Bm | Em | A7 | D "
                        + "| F | G7 | C | F | Dm | G7 | C | C |");
        assertEquals(0, result.status(), result.err());
        assertTrue(result.out().contains("(in D major)"), result.out());
        assertTrue(result.out().contains("modulation at bar"), result.out());
    }

    @Test
    void anUnknownChordSymbolIsOneLineNamingItsPosition() {
        Result result = run("analyze", "--chords", "C A7 Hm7 G7");
        assertEquals(Continuo.BAD_INPUT, result.status());
        assertEquals(List.of("--chords:1:6: unknown chord symbol: no root note in 'Hm7'"), result.errLines());
        assertEquals("", result.out());
    }

    @Test
    void aChartErrorNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("song.txt");
        Files.writeString(chart, "title: Song\nkey: C major\n| C | F | Gz7 | C |\n");
        Result result = run("analyze", chart.toString());
        assertEquals(Continuo.BAD_INPUT, result.status());
        assertEquals(List.of(chart + ":3:12: unknown chord symbol 'Gz7'"), result.errLines());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("song.json");
        Files.writeString(chart, "{\"chords\": [\n  {\"chord\": \"C\", \"start_time\": 0, \"end_time\": 2}\n  {\"chord\": \"G\"}\n]}\n");
        Result result = run("analyze", chart.toString());
        assertEquals(Continuo.BAD_INPUT, result.status());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith(chart + ":3:"), result.err());
        assertTrue(result.err().contains("malformed JSON"), result.err());
    }

    @Test
    void aMissingFileIsOneLine(@TempDir Path dir) {
        Result result = run("analyze", dir.resolve("absent.txt").toString());
        assertEquals(Continuo.BAD_INPUT, result.status());
        assertEquals(List.of(dir.resolve("absent.txt") + ": no such file"), result.errLines());
    }

    @Test
    void brokenRuleFilesAreListedOnePerLineAndNothingIsAnalysed(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("broken.drl"), "package test;\nrule \"x\"\nwhen\n    String(\nthen\nend\n");
        Result result = run("analyze", "--chords", "C G C", "--rules", rules.toString());
        assertEquals(Continuo.BAD_INPUT, result.status());
        assertTrue(result.errLines().get(0).startsWith(rules + "/broken.drl:"), result.err());
        assertTrue(result.errLines().get(result.errLines().size() - 1).contains("nothing was analysed"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void customRulesReplaceTheShippedOnes(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("silent.drl"), """
                package test;
                import io.continuo.facts.events.ChordEvent;
                rule "Chords are heard"
                when
                    ChordEvent()
                then
                end
                """);
        Result result = run("analyze", "--chords", "C G C", "--rules", rules.toString(), "--format", "json");
        assertEquals(0, result.status(), result.err());
        assertEquals(0, JSON.readTree(result.out()).at("/harmonic_analysis/roman_numerals").size(), result.out());
    }

    @Test
    void standardInputIsReadWithADash() throws Exception {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("key: G major\n| G | C | D7 | G |\n".getBytes(StandardCharsets.UTF_8)));
            Result result = run("analyze", "-", "--format", "json");
            assertEquals(0, result.status(), result.err());
            assertEquals(List.of("I", "IV", "V7", "I"), JSON.readTree(result.out())
                    .at("/harmonic_analysis/roman_numerals").findValuesAsText("roman_numeral"));
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void outWritesTheAnalysisToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("analysis.json");
        Result result = run("analyze", "--chords", "C F G C", "--out", out.toString());
        assertEquals(0, result.status(), result.err());
        assertEquals("", result.out());
        assertEquals("C major", JSON.readTree(Files.readString(out)).get("key").asText());
    }

    @Test
    void aBadOptionValueIsAUsageError() {
        Result result = run("analyze", "--chords", "C G", "--key", "C majr");
        assertEquals(Continuo.BAD_USAGE, result.status());
        assertTrue(result.err().contains("--key") && result.err().contains("C majr"), result.err());
    }

    @Test
    void inputIsRequired() {
        assertEquals(Continuo.BAD_USAGE, run("analyze").status());
    }

    @Test
    void theHelpDescribesEveryOption() {
        Result result = run("analyze", "--help");
        assertEquals(0, result.status());
        for (String option : List.of("INPUT", "--chords", "--key", "--bpm", "--time-signature", "--format", "--out",
                "--rules", "--help", "--version")) {
            assertTrue(result.out().contains(option), option + " missing from:\n" + result.out());
        }
        assertTrue(run("--help").out().contains("analyze"));
    }

    @Test
    void theVersionIsPrinted() {
        Result result = run("--version");
        assertEquals(0, result.status());
        assertTrue(result.out().startsWith("continuo 0.1.0"), result.out());
        assertFalse(result.out().contains("${"), result.out());
    }
}
