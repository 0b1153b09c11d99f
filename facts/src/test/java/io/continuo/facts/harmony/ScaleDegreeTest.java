package io.continuo.facts.harmony;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleDegreeTest {

    @ParameterizedTest(name = "degree {0} altered {1}: numeral {2}, accidental \"{3}\", written {4}")
    @CsvSource({
            "1, 0,  I,   '',  1",
            "2, -1, II,  b,   b2",
            "3, -1, III, b,   b3",
            "4, 1,  IV,  #,   #4",
            "5, 0,  V,   '',  5",
            "6, -1, VI,  b,   b6",
            "7, 0,  VII, '',  7",
            "7, -2, VII, bb,  bb7",
    })
    void degreeRow(int number, int alteration, String numeral, String accidental, String written) {
        ScaleDegree degree = new ScaleDegree(number, alteration);

        assertEquals(numeral, degree.numeral());
        assertEquals(accidental, degree.accidental());
        assertEquals(written, degree.toString());
    }

    @Test
    void onlyTheUnalteredFirstDegreeIsTheTonic() {
        assertTrue(ScaleDegree.TONIC.isTonic());
        assertFalse(new ScaleDegree(1, 1).isTonic());
        assertFalse(new ScaleDegree(5, 0).isTonic());
    }

    @Test
    void degreesRunFromOneToSeven() {
        assertThrows(IllegalArgumentException.class, () -> new ScaleDegree(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScaleDegree(8, 0));
    }

    @Test
    void onlyMajorAndMinorTriadsAreConsonant() {
        assertTrue(TriadType.MAJOR.isConsonant());
        assertTrue(TriadType.MINOR.isConsonant());
        assertFalse(TriadType.DIMINISHED.isConsonant());
        assertFalse(TriadType.AUGMENTED.isConsonant());
        assertFalse(TriadType.SUSPENDED.isConsonant());
        assertFalse(TriadType.OPEN.isConsonant());
    }
}
