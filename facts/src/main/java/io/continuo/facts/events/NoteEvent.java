package io.continuo.facts.events;

/**
 * A sounding note.
 *
 * @param pitch      MIDI note number, 60 = middle C
 * @param onset      seconds from the start
 * @param duration   seconds
 * @param velocity   MIDI velocity 1–127
 * @param instrument the instrument or track that plays it
 */
public record NoteEvent(int pitch, double onset, double duration, int velocity, String instrument) {

    public NoteEvent {
        if (pitch < 0 || pitch > 127) {
            throw new IllegalArgumentException("MIDI pitches run from 0 to 127, got " + pitch);
        }
        if (velocity < 0 || velocity > 127) {
            throw new IllegalArgumentException("MIDI velocities run from 0 to 127, got " + velocity);
        }
        if (!(duration >= 0)) {
            throw new IllegalArgumentException("a note lasts zero seconds or more, got " + duration);
        }
    }

    public int pitchClass() {
        return Math.floorMod(pitch, 12);
    }
}
