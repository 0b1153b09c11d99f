package io.continuo.facts.time;

/** A tempo in beats per minute. */
public record Tempo(double bpm) {

    public Tempo {
        if (!(bpm > 0 && bpm <= 1000)) {
            throw new IllegalArgumentException("a tempo lies between 0 and 1000 bpm, got " + bpm);
        }
    }

    /** The length of one beat in seconds. */
    public double secondsPerBeat() {
        return 60.0 / bpm;
    }
}
