package io.continuo.engine.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.continuo.engine.RuleVerifier;
import io.continuo.facts.derived.HarmonicFunction;
import io.continuo.facts.derived.TonalFunction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per row of rules/harmony/harmonic-functions.drl.csv, by the row's rule name, and the near misses. */
class HarmonicFunctionTableTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The tonic chord is the point of rest in major | C major | C F G C | 0 | TONIC
            The supertonic prepares the dominant in major | C major | C Dm7 G C | 1 | SUBDOMINANT
            The mediant shares two tones with the tonic and can stand in for it | C major | C Em F C | 1 | TONIC_SUBSTITUTE
            The subdominant chord has subdominant function in major | C major | C F G C | 1 | SUBDOMINANT
            The dominant chord has dominant function in major | C major | C F G7 C | 2 | DOMINANT
            The submediant shares two tones with the tonic and can stand in for it | C major | C Am F C | 1 | TONIC_SUBSTITUTE
            The leading-tone chord is an incomplete dominant in major | C major | C Bdim C | 1 | DOMINANT
            The Neapolitan is a chromatic predominant in major | C major | C Db/F G C | 1 | SUBDOMINANT
            The borrowed mediant bIII stands in for the tonic (debatable) | C major | C Eb F C | 1 | TONIC_SUBSTITUTE
            The borrowed submediant bVI is a predominant in major | C major | C Ab G C | 1 | SUBDOMINANT
            The subtonic bVII is a predominant in major (debatable: rock treats bVII–I as a backdoor dominant) | C major | C Bb C | 1 | SUBDOMINANT
            The tonic chord is the point of rest in minor | A minor | Am Dm E Am | 0 | TONIC
            The supertonic prepares the dominant in minor | A minor | Am Bm7b5 E Am | 1 | SUBDOMINANT
            The relative major III stands in for the tonic in minor | A minor | Am C Dm Am | 1 | TONIC_SUBSTITUTE
            The subdominant chord has subdominant function in minor | A minor | Am Dm E Am | 1 | SUBDOMINANT
            The dominant chord has dominant function in minor | A minor | Am Dm E7 Am | 2 | DOMINANT
            The submediant VI stands in for the tonic in minor (debatable: many texts count it a predominant) | A minor | Am E F Am | 2 | TONIC_SUBSTITUTE
            The subtonic VII acts as a dominant in natural minor (debatable) | A minor | Am G Am | 1 | DOMINANT
            The leading-tone chord is an incomplete dominant in minor | A minor | Am G#dim7 Am | 1 | DOMINANT
            The Neapolitan is a chromatic predominant in minor | A minor | Am Bb/D E Am | 1 | SUBDOMINANT
            An applied chord is a dominant of the triad it tonicizes | C major | C A7 Dm | 1 | DOMINANT
            """)
    void eachRowGivesItsFunction(String rule, String key, String chords, int index, TonalFunction function) {
        RuleVerifier.chords(chords, key)
                .derives(rule, HarmonicFunction.class, f -> f.chordIndex() == index && f.function() == function);
    }

    @Test
    void anAppliedChordIsNotReadByItsDegree() {
        // Near miss: A7 in C major stands on degree 6 but is V7/ii, so the submediant row must not fire.
        RuleVerifier.chords("C A7 Dm", "C major").doesNotDerive(
                "The submediant shares two tones with the tonic and can stand in for it",
                HarmonicFunction.class, f -> f.chordIndex() == 1);
    }

    @Test
    void aChordNoRowNamesHasNoFunction() {
        // Near miss: F#m in C major stands on #4, which the table leaves open.
        List<HarmonicFunction> functions = RuleVerifier.chords("C F#m C", "C major").analysis().functions();
        assertEquals(List.of(0, 2), functions.stream().map(HarmonicFunction::chordIndex).toList());
    }
}
