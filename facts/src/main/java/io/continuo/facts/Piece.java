package io.continuo.facts;

import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.events.NoteEvent;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.harmony.KeyEvidence;
import io.continuo.facts.time.Beat;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.util.List;
import java.util.Optional;

/**
 * Everything a source extracted from one input, ready to be inserted as facts: the same shape
 * whether it came from a chart, a MIDI file or a recording.
 *
 * @param title           the piece's title, or the file name
 * @param givenKey        a key the input names, if any (a claim for the rules, not a conclusion)
 * @param tempo           the tempo
 * @param timeSignature   the meter
 * @param durationSeconds the length of the piece
 * @param beats           the metric grid
 * @param sections        labelled spans, possibly none
 * @param chords          the progression, indexed from 0 in time order
 * @param notes           sounding notes, possibly none (charts have none)
 * @param keyEvidence     scored key candidates from an estimator, for the rules to weigh
 */
public record Piece(String title, Optional<Key> givenKey, Tempo tempo, TimeSignature timeSignature,
                    double durationSeconds, List<Beat> beats, List<Section> sections, List<ChordEvent> chords,
                    List<NoteEvent> notes, List<KeyEvidence> keyEvidence) {

    public Piece {
        beats = List.copyOf(beats);
        sections = List.copyOf(sections);
        chords = List.copyOf(chords);
        notes = List.copyOf(notes);
        keyEvidence = List.copyOf(keyEvidence);
        for (int i = 0; i < chords.size(); i++) {
            if (chords.get(i).index() != i) {
                throw new IllegalArgumentException("chord " + i + " carries index " + chords.get(i).index());
            }
        }
    }
}
