package io.continuo.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.document.AnalysisDocuments;
import io.continuo.facts.derived.RomanNumeral;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Labels and JSON words are the same whatever the machine's locale (Turkish lower-cases I to ı). */
class LocaleIndependenceTest {

    @Test
    void labelsAndJsonWordsIgnoreTheDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            Analysis analysis = RuleVerifier.chords("Am Bdim E7 Am", "A minor").analysis();
            assertEquals(List.of("i", "ii°", "V7", "i"), analysis.romanNumerals().stream().map(RomanNumeral::label).toList());
            String json = AnalysisDocuments.toJson(AnalysisDocuments.of(analysis));
            assertEquals(true, json.contains("\"key\": \"A minor\"") && json.contains("\"tonic\""), json);
        } finally {
            Locale.setDefault(original);
        }
    }
}
