package io.continuo.engine;

import io.continuo.facts.Piece;
import io.continuo.facts.events.ChordEvent;
import io.continuo.facts.time.MetricGrid;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's sentence template for one derived fact. Templates are written in the rule files as
 * {@code @explain("{previous} → {chord} at bar {bar} closes the phrase: {type} cadence")}; a
 * placeholder names
 * <ul>
 *   <li>{@code {chord}}, {@code {previous}}, {@code {next}}: the symbol of the fact's chord (its
 *       {@code chordIndex}, or its {@code startIndex}) and of its neighbours;</li>
 *   <li>{@code {bar}}, {@code {time}}: where that chord starts;</li>
 *   <li>{@code {key}}: the key of the analysis;</li>
 *   <li>any component of the fact, with dots for nested ones: {@code {label}}, {@code {target.numeral}};
 *       enum constants read as words ({@code PERFECT_AUTHENTIC} → "perfect authentic").</li>
 * </ul>
 * An unknown placeholder is left as written, so a typo shows in the sentence rather than failing.
 */
public final class Explanations {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

    private Explanations() {
    }

    /** The sentence for a derived fact of this analysis, when its rule gives a template. */
    public static Optional<String> of(Analysis analysis, Object fact) {
        return analysis.justificationOf(fact).map(Justification::explanation)
                .map(template -> fill(template, analysis, fact));
    }

    static String fill(String template, Analysis analysis, Object fact) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder sentence = new StringBuilder();
        while (placeholder.find()) {
            String value = resolve(placeholder.group(1), analysis, fact);
            placeholder.appendReplacement(sentence, Matcher.quoteReplacement(value == null ? placeholder.group() : value));
        }
        placeholder.appendTail(sentence);
        return sentence.toString();
    }

    private static String resolve(String name, Analysis analysis, Object fact) {
        Piece piece = analysis.piece();
        int index = chordIndexOf(fact);
        return switch (name) {
            case "chord" -> chordAt(piece, index);
            case "previous" -> chordAt(piece, index - 1);
            case "next" -> chordAt(piece, index + 1);
            case "bar" -> index < 0 || index >= piece.chords().size() ? null
                    : Integer.toString(MetricGrid.barAt(piece.beats(), piece.chords().get(index).start()));
            case "time" -> index < 0 || index >= piece.chords().size() ? null
                    : String.format(Locale.ROOT, "%.2f s", piece.chords().get(index).start());
            case "key" -> analysis.tonalCentre().map(c -> c.key().name()).orElse(null);
            default -> component(fact, name);
        };
    }

    private static int chordIndexOf(Object fact) {
        for (String accessor : List.of("chordIndex", "startIndex", "startChord", "fromIndex", "start")) {
            Object value = call(fact, accessor);
            if (value instanceof Integer index) {
                return index;
            }
        }
        return -1;
    }

    private static String chordAt(Piece piece, int index) {
        return index < 0 || index >= piece.chords().size() ? null : piece.chords().get(index).chord().symbol();
    }


    private static String component(Object fact, String path) {
        Object value = fact;
        for (String part : path.split("\\.")) {
            value = value == null ? null : call(value, part);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        if (value instanceof Double number) {
            return String.format(Locale.ROOT, "%.2f", number);
        }
        if (value instanceof ChordEvent chord) {
            return chord.chord().symbol();
        }
        return value.toString();
    }

    private static Object call(Object target, String accessor) {
        try {
            Method method = target.getClass().getMethod(accessor);
            return method.getParameterCount() == 0 ? method.invoke(target) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
