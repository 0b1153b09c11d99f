package io.continuo.facts.chart;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.continuo.facts.InputException;
import io.continuo.facts.Piece;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.harmony.ChordSymbol;
import io.continuo.facts.harmony.Key;
import io.continuo.facts.notation.NotationException;
import io.continuo.facts.time.Section;
import io.continuo.facts.time.Tempo;
import io.continuo.facts.time.TimeSignature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads timed chord charts in JSON:
 * <pre>
 * {"title": "…", "key": "C major", "bpm": 120, "time_signature": "4/4",
 *  "chords": [{"chord": "C", "start_time": 0.0, "end_time": 2.0}, …],
 *  "sections": [{"label": "Verse", "start_time": 0.0, "end_time": 16.0}]}
 * </pre>
 * Chords are lead-sheet symbols or Harte labels ({@code "A:min7"}); {@code "N"} and {@code "X"}
 * leave a gap. Only {@code chords} is required; an error names the line and column of the value.
 */
public final class JsonChartReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonChartReader() {
    }

    /**
     * @throws InputException naming source, line, column and cause
     */
    public static Piece read(String source, String json, ChartOptions options) {
        try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
            return new JsonChartReader.Reading(source, parser).read(options);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String cause = e.getOriginalMessage().lines().findFirst().orElse("malformed JSON");
            throw new InputException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed JSON: " + cause);
        } catch (IOException e) {
            throw new InputException(source, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** One pass over the document, remembering where each value stands so errors can point at it. */
    private static final class Reading {
        private final String source;
        private final JsonParser parser;
        private String title;
        private Optional<Key> key = Optional.empty();
        private Optional<Tempo> tempo = Optional.empty();
        private Optional<TimeSignature> meter = Optional.empty();
        private final List<ChordEvent> chords = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private boolean sawChords;

        Reading(String source, JsonParser parser) {
            this.source = source;
            this.parser = parser;
            this.title = source;
        }

        Piece read(ChartOptions options) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw error(parser.currentTokenLocation(), "a chart is a JSON object with a \"chords\" array");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                JsonLocation at = parser.currentTokenLocation();
                switch (field) {
                    case "title" -> title = text(at, field);
                    case "key" -> key = Optional.of(notation(at, () -> Key.parse(text(at, field))));
                    case "bpm" -> tempo = Optional.of(number(at, field, v -> new Tempo(v)));
                    case "time_signature" -> meter = Optional.of(notation(at, () -> TimeSignature.parse(text(at, field))));
                    case "chords" -> readChords();
                    case "sections" -> readSections();
                    default -> parser.skipChildren();
                }
            }
            if (!sawChords) {
                throw error(parser.currentLocation(), "no \"chords\" array");
            }
            if (chords.isEmpty()) {
                throw error(parser.currentLocation(), "no chords: the \"chords\" array is empty");
            }
            return ChartLayout.timed(title, options.key().or(() -> key),
                    options.tempo().or(() -> tempo).orElse(ChartOptions.DEFAULT_TEMPO),
                    options.timeSignature().or(() -> meter).orElse(ChartOptions.DEFAULT_TIME_SIGNATURE),
                    chords, sections);
        }

        private void readChords() throws IOException {
            sawChords = true;
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error(parser.currentTokenLocation(), "\"chords\" must be an array");
            }
            int position = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode entry = MAPPER.readTree(parser);
                String where = "chords[" + position++ + "]";
                String label = requiredText(entry, "chord", at, where);
                double start = requiredNumber(entry, "start_time", at, where);
                double end = requiredNumber(entry, "end_time", at, where);
                if (!(end > start)) {
                    throw error(at, where + ": end_time " + end + " is not after start_time " + start);
                }
                if (!chords.isEmpty() && start < chords.get(chords.size() - 1).end() - 1e-9) {
                    throw error(at, where + ": starts at " + start + " s, before the previous chord ends");
                }
                if (ChartLayout.isNoChord(label)) {
                    continue;
                }
                ChordSymbol chord = notation(at, () -> ChartLayout.chordOf(label));
                chords.add(new ChordEvent(chords.size(), chord, start, end));
            }
        }

        private void readSections() throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw error(parser.currentTokenLocation(), "\"sections\" must be an array");
            }
            int position = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonLocation at = parser.currentTokenLocation();
                JsonNode entry = MAPPER.readTree(parser);
                String where = "sections[" + position++ + "]";
                String label = requiredText(entry, "label", at, where);
                double start = requiredNumber(entry, "start_time", at, where);
                double end = requiredNumber(entry, "end_time", at, where);
                if (!(end > start)) {
                    throw error(at, where + ": end_time " + end + " is not after start_time " + start);
                }
                sections.add(new Section(sections.size(), label, start, end));
            }
        }

        private String text(JsonLocation at, String field) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw error(at, "\"" + field + "\" must be a string");
            }
            return parser.getText();
        }

        private <T> T number(JsonLocation at, String field, java.util.function.DoubleFunction<T> make) throws IOException {
            if (!parser.currentToken().isNumeric()) {
                throw error(at, "\"" + field + "\" must be a number");
            }
            try {
                return make.apply(parser.getDoubleValue());
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private String requiredText(JsonNode entry, String field, JsonLocation at, String where) {
            JsonNode value = entry.get(field);
            if (value == null || !value.isTextual()) {
                throw error(at, where + ": \"" + field + "\" must be a string");
            }
            return value.asText();
        }

        private double requiredNumber(JsonNode entry, String field, JsonLocation at, String where) {
            JsonNode value = entry.get(field);
            if (value == null || !value.isNumber() || value.asDouble() < 0) {
                throw error(at, where + ": \"" + field + "\" must be a number of seconds, 0 or more");
            }
            return value.asDouble();
        }

        private interface Notation<T> {
            T read() throws IOException;
        }

        private <T> T notation(JsonLocation at, Notation<T> reading) throws IOException {
            try {
                return reading.read();
            } catch (NotationException e) {
                throw error(at, e.reason() + " '" + e.text() + "'");
            } catch (IllegalArgumentException e) {
                throw error(at, e.getMessage());
            }
        }

        private InputException error(JsonLocation at, String cause) {
            return new InputException(source, at.getLineNr(), at.getColumnNr(), cause);
        }
    }
}
