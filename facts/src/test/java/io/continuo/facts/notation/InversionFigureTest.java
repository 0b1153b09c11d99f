package io.continuo.facts.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The figured-bass shorthands, one row per spelling: the shape it names, its bass and its factors. */
class InversionFigureTest {

    @ParameterizedTest(name = "''{0}'' is {1}: bass factor {2}, factors {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''     | TRIAD      | 1 | 1 3 5
            5      | TRIAD      | 1 | 1 3 5
            53     | TRIAD      | 1 | 1 3 5
            6      | SIX        | 3 | 1 3 5
            63     | SIX        | 3 | 1 3 5
            64     | SIX_FOUR   | 5 | 1 3 5
            7      | SEVEN      | 1 | 1 3 5 7
            753    | SEVEN      | 1 | 1 3 5 7
            65     | SIX_FIVE   | 3 | 1 3 5 7
            653    | SIX_FIVE   | 3 | 1 3 5 7
            43     | FOUR_THREE | 5 | 1 3 5 7
            643    | FOUR_THREE | 5 | 1 3 5 7
            42     | FOUR_TWO   | 7 | 1 3 5 7
            2      | FOUR_TWO   | 7 | 1 3 5 7
            642    | FOUR_TWO   | 7 | 1 3 5 7
            9      | NINE       | 1 | 1 3 5 7 9
            97     | NINE       | 1 | 1 3 5 7 9
            11     | ELEVEN     | 1 | 1 3 5 7 9 11
            13     | THIRTEEN   | 1 | 1 3 5 7 9 11 13
            54     | FIVE_FOUR  | 1 | 1 4 5
            4      | FIVE_FOUR  | 1 | 1 4 5
            74     | SEVEN_FOUR | 1 | 1 4 5 7
            754    | SEVEN_FOUR | 1 | 1 4 5 7
            """)
    void eachSpellingNamesAShape(String digits, InversionFigure shape, int bassFactor, String factors) {
        assertEquals(shape, InversionFigure.ofDigits(digits));
        assertEquals(bassFactor, shape.bassFactor());
        assertEquals(Arrays.stream(factors.split(" ")).map(Integer::valueOf).toList(), shape.factors());
    }

    @Test
    void digitSetsThatAreNoShorthandHaveNoShape() {
        assertNull(InversionFigure.ofDigits("7542"));
        assertNull(InversionFigure.ofDigits("62"));
    }

    /** Which factor a figured-bass digit names depends on the factor in the bass. */
    @ParameterizedTest(name = "in {0}, the {1} above the bass is factor {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SIX_FIVE   | 6 | 1
            SIX_FIVE   | 5 | 7
            SIX_FIVE   | 3 | 5
            FOUR_THREE | 4 | 1
            FOUR_THREE | 3 | 7
            FOUR_THREE | 6 | 3
            FOUR_TWO   | 2 | 1
            FOUR_TWO   | 4 | 3
            FOUR_TWO   | 6 | 5
            NINE       | 9 | 9
            SEVEN      | 5 | 5
            """)
    void digitsNameFactorsAboveTheBass(InversionFigure shape, int aboveBass, int factor) {
        assertEquals(factor, shape.factorAboveBass(aboveBass));
    }

    /** Literal figures: over the root when they hold a 5, 7 or ninth; otherwise the root is the 2, 4 or 6. */
    @ParameterizedTest(name = "{0} stands over the bass of {1}")
    @CsvSource(delimiter = '|', textBlock = """
            7 5 4 2   | SEVEN
            6 5 4     | TRIAD
            5 3 2     | TRIAD
            9 2       | SEVEN
            6 2       | FOUR_TWO
            6 4 3 2   | FOUR_TWO
            4 3 2     | FOUR_TWO
            6 4 3     | FOUR_THREE
            8 6 4     | SIX_FOUR
            8 6       | SIX
            8         | TRIAD
            """)
    void literalFiguresFindTheirBass(String digits, InversionFigure shape) {
        List<Integer> aboveBass = Arrays.stream(digits.split(" ")).map(Integer::valueOf).toList();
        assertEquals(shape, InversionFigure.overTheBassOf(aboveBass));
    }

    @Test
    void inversionsCountFromTheRoot() {
        assertEquals(0, InversionFigure.SEVEN.inversion());
        assertEquals(1, InversionFigure.SIX.inversion());
        assertEquals(2, InversionFigure.FOUR_THREE.inversion());
        assertEquals(3, InversionFigure.FOUR_TWO.inversion());
    }
}
