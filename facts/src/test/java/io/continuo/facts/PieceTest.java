package io.continuo.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PieceTest {

    @Test
    void chordsMustBeIndexedInOrderFromZero() {
        List<ChordEvent> chords = List.of(new ChordEvent(1, ChordSymbol.parse("C"), 0, 1));

        assertThrows(IllegalArgumentException.class, () -> piece(chords));
    }

    @Test
    void thePieceKeepsItsOwnCopyOfTheChords() {
        List<ChordEvent> chords = new ArrayList<>(List.of(new ChordEvent(0, ChordSymbol.parse("C"), 0, 1)));
        Piece piece = piece(chords);
        chords.clear();

        assertEquals(1, piece.chords().size());
        assertThrows(UnsupportedOperationException.class, () -> piece.chords().clear());
    }

    @Test
    void anInputErrorIsLocatedAsSourceLineColumn() {
        assertEquals("song.txt:3:7: bad", new InputException("song.txt", 3, 7, "bad").getMessage());
        assertEquals("song.txt:3: bad", new InputException("song.txt", 3, 0, "bad").getMessage());
        assertEquals("song.txt: bad", new InputException("song.txt", 0, 0, "bad").getMessage());
        assertEquals("bad", new InputException("song.txt", 3, 7, "bad").reason());
    }

    private static Piece piece(List<ChordEvent> chords) {
        return new Piece("t", Optional.empty(), new Tempo(120), TimeSignature.COMMON_TIME, 1, List.of(), List.of(),
                chords, List.of(), List.of());
    }
}
