package io.continuo.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseTest {

    @Test
    void theShippedRulesAreFoundByConcept() {
        List<String> paths = RuleSources.shipped().stream().map(RuleFile::shownAs).toList();
        assertTrue(paths.contains("rules/harmony/roman-numerals.drl"), paths.toString());
        assertTrue(paths.contains("rules/harmony/harmonic-functions.drl.csv"), paths.toString());
    }

    @Test
    void everyShippedRuleFileContributesItsRules() {
        KnowledgeBase compiled = KnowledgeBase.compile(RuleSources.shipped());
        List<String> names = compiled.kieBase().getKiePackages().stream()
                .flatMap(p -> p.getRules().stream()).map(r -> r.getName()).toList();
        // One rule from each file, the decision table included (a misnamed table compiles to nothing).
        for (String rule : List.of("A named key is the key of the piece",
                "The first chord suggests the tonic",
                "The triads of the key are built in thirds on its scale",
                "Secondary leading-tone chord: a chromatic diminished chord a semitone below a triad of the key",
                "An applied chord is named after the triad it tonicizes",
                "An applied chord is a dominant of the triad it tonicizes",
                "The last chord of the piece ends a phrase",
                "Deceptive cadence: V to vi (bVI in minor) at a phrase end")) {
            assertTrue(names.contains(rule), rule + " missing from " + names);
        }
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("harmony"));
        Files.writeString(rules.resolve("harmony/broken.drl"), """
                package test;

                rule "Missing its then"
                when
                    String()
                end
                """);
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> KnowledgeBase.compile(RuleSources.directory(rules)));
        RuleProblem first = error.problems().get(0);
        assertEquals(rules + "/harmony/broken.drl", first.file());
        assertTrue(first.line() >= 3, "a line in the file: " + first);
        assertTrue(first.describe().startsWith(rules + "/harmony/broken.drl:" + first.line()), first.describe());
        assertFalse(first.describe().contains("\n"), "one line: " + first.describe());
    }

    @Test
    void anUnknownFactTypeIsReportedWithFileAndLine(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("typo.drl"), """
                package test;
                import io.continuo.facts.events.ChordEvent;

                rule "A rule with a misspelt type"
                when
                    ChordEvnt( index == 0 )
                then
                end
                """);
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> KnowledgeBase.compile(RuleSources.directory(rules)));
        assertTrue(error.problems().stream().anyMatch(p -> p.file().endsWith("typo.drl") && p.line() == 6),
                error.problems().toString());
    }

    @Test
    void everyBrokenFileIsReportedNotOnlyTheFirst(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("a.drl"), "package test;\nrule \"a\" when then x end\n");
        Files.writeString(rules.resolve("b.drl"), "package test;\nrule \"b\" when Strin() then end\n");
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> KnowledgeBase.compile(RuleSources.directory(rules)));
        assertTrue(error.problems().stream().anyMatch(p -> p.file().endsWith("a.drl")), error.problems().toString());
        assertTrue(error.problems().stream().anyMatch(p -> p.file().endsWith("b.drl")), error.problems().toString());
    }

    @Test
    void aFolderWithoutRuleFilesIsAnError(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("notes.txt"), "not a rule");
        RuleCompilationException error = assertThrows(RuleCompilationException.class,
                () -> KnowledgeBase.compile(RuleSources.directory(rules)));
        assertTrue(error.problems().get(0).message().contains("no rule files"));
    }

    @Test
    void aMissingFolderIsAnError(@TempDir Path rules) {
        assertThrows(UncheckedIOException.class, () -> RuleSources.directory(rules.resolve("absent")));
    }
}
