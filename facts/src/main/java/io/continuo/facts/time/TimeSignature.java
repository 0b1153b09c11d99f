package io.continuo.facts.time;

import io.continuo.facts.notation.NotationException;

/**
 * A time signature: beats in a bar and the note value of the beat. In charts a bar holds
 * {@code beats} beats of the tempo's beat unit.
 */
public record TimeSignature(int beats, int unit) {

    public static final TimeSignature COMMON_TIME = new TimeSignature(4, 4);

    public TimeSignature {
        if (beats < 1 || beats > 64) {
            throw new IllegalArgumentException("a bar holds 1 to 64 beats, got " + beats);
        }
        if (unit < 1 || unit > 64 || Integer.bitCount(unit) != 1) {
            throw new IllegalArgumentException("the beat unit is a power of two, got " + unit);
        }
    }

    /** Reads {@code 3/4}, {@code 6/8}, {@code 12/8}; {@code C} is common time. */
    public static TimeSignature parse(String text) {
        String value = text.strip();
        if (value.equals("C")) {
            return COMMON_TIME;
        }
        int slash = value.indexOf('/');
        try {
            if (slash < 0) {
                throw new NumberFormatException();
            }
            return new TimeSignature(Integer.parseInt(value.substring(0, slash).strip()),
                    Integer.parseInt(value.substring(slash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new NotationException("unknown time signature", text, 0);
        } catch (IllegalArgumentException e) {
            throw new NotationException(e.getMessage() + ": time signature", text, 0);
        }
    }

    @Override
    public String toString() {
        return beats + "/" + unit;
    }
}
