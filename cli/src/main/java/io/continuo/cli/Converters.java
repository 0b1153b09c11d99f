package io.continuo.cli;

import io.continuo.facts.harmony.Key;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values read with the fact model's own parsers, so the command line and charts agree. */
final class Converters {

    private Converters() {
    }

    static final class KeyConverter implements ITypeConverter<Key> {
        @Override
        public Key convert(String value) {
            try {
                return Key.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class TempoConverter implements ITypeConverter<Tempo> {
        @Override
        public Tempo convert(String value) {
            try {
                return new Tempo(Double.parseDouble(value));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("not a number of beats per minute: '" + value + "'");
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class TimeSignatureConverter implements ITypeConverter<TimeSignature> {
        @Override
        public TimeSignature convert(String value) {
            try {
                return TimeSignature.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
