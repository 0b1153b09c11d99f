package io.continuo.facts.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.continuo.facts.notation.NotationException;
import io.continuo.facts.time.TimeSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many beats RomanText counts in each meter, one row per time signature (music21's default partitions). */
class RomanTextMeterTest {

    @ParameterizedTest(name = "{0} is {1} with {2} beat(s)")
    @CsvSource(delimiter = '|', textBlock = """
            4/4        | 4/4   | 4
            C          | 4/4   | 4
            Cut        | 2/2   | 2
            2/2        | 2/2   | 2
            2/4        | 2/4   | 2
            3/4        | 3/4   | 3
            3/2        | 3/2   | 3
            3/8        | 3/8   | 1
            fast 3/8   | 3/8   | 1
            slow 3/8   | 3/8   | 3
            Slow 3/8   | 3/8   | 3
            6/8        | 6/8   | 2
            slow 6/8   | 6/8   | 6
            6/4        | 6/4   | 2
            9/8        | 9/8   | 3
            12/8       | 12/8  | 4
            12/16      | 12/16 | 4
            27/8       | 27/8  | 9
            5/4        | 5/4   | 5
            7/8        | 7/8   | 7
            4/16       | 4/16  | 4
            """)
    void beatsAreCountedAsMusic21CountsThem(String written, String signature, int beats) {
        RomanTextMeter meter = RomanTextMeter.parse(written);
        assertEquals(TimeSignature.parse(signature), meter.signature());
        assertEquals(beats, meter.beats());
    }

    @Test
    void aBeatIsAFractionOfTheBar() {
        RomanTextMeter sixEight = RomanTextMeter.parse("6/8");
        assertEquals(0.5, sixEight.barFraction(2), 1e-12);
        assertEquals(1.0 / 6, sixEight.barFraction(4.0 / 3), 1e-12);
        assertEquals(0.375, RomanTextMeter.parse("4/4").barFraction(2.5), 1e-12);
    }

    @Test
    void aMeterThatIsNoneIsRefused() {
        assertThrows(NotationException.class, () -> RomanTextMeter.parse("three"));
    }
}
