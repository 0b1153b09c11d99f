package io.continuo.facts.time;

/**
 * A beat of the metric grid.
 *
 * @param time      seconds from the start
 * @param bar       the bar it falls in, from 1
 * @param beatInBar its position in the bar, from 1 (1 is the downbeat)
 */
public record Beat(double time, int bar, int beatInBar) {

    public boolean isDownbeat() {
        return beatInBar == 1;
    }
}
