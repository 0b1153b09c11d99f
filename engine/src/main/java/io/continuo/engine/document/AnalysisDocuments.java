package io.continuo.engine.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.continuo.engine.Analysis;
import io.continuo.engine.Explanations;
import io.continuo.engine.Justification;
import io.continuo.engine.document.AnalysisDocument.BeatEntry;
import io.continuo.engine.document.AnalysisDocument.CadenceEntry;
import io.continuo.engine.document.AnalysisDocument.ChordEntry;
import io.continuo.engine.document.AnalysisDocument.FunctionEntry;
import io.continuo.engine.document.AnalysisDocument.HarmonicAnalysis;
import io.continuo.engine.document.AnalysisDocument.KeyCandidate;
import io.continuo.engine.document.AnalysisDocument.KeyRegionEntry;
import io.continuo.engine.document.AnalysisDocument.ModulationEntry;
import io.continuo.engine.document.AnalysisDocument.PatternEntry;
import io.continuo.engine.document.AnalysisDocument.RomanNumeralEntry;
import io.continuo.engine.document.AnalysisDocument.SectionEntry;
import io.continuo.facts.Piece;
import io.continuo.facts.derived.ComplexityIngredient;
import io.continuo.facts.derived.HarmonicFunction;
import io.continuo.facts.derived.ProgressionComplexity;
import io.continuo.facts.derived.KeyRegion;
import io.continuo.facts.derived.KeySource;
import io.continuo.facts.derived.Modulation;
import io.continuo.facts.derived.TonalCentre;
import io.continuo.facts.derived.VoiceLeading;
import io.continuo.facts.events.ChordEvent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Maps an {@link Analysis} to its {@link AnalysisDocument} and writes it as JSON. */
public final class AnalysisDocuments {

    /** How many key candidates the document lists. */
    static final int KEY_CANDIDATES_SHOWN = 5;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setDefaultPrettyPrinter(new CompactPrettyPrinter())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisDocuments() {
    }

    /** The document without explanation sentences. */
    public static AnalysisDocument of(Analysis analysis) {
        return of(analysis, false);
    }

    /**
     * The document; with {@code explain}, every entry derived by a rule also carries the rule's
     * sentence for musicians, filled for that entry (see {@link Explanations}).
     */
    public static AnalysisDocument of(Analysis analysis, boolean explain) {
        Function<Object, String> sentence = fact -> explain ? Explanations.of(analysis, fact).orElse(null) : null;
        Piece piece = analysis.piece();
        List<ChordEvent> chords = piece.chords();
        String key = analysis.tonalCentre().map(c -> c.key().name()).orElse(null);
        String keySource = analysis.tonalCentre().map(TonalCentre::source).map(AnalysisDocuments::sourceName)
                .orElse(null);
        List<KeyCandidate> candidates = analysis.keyCandidates().stream().limit(KEY_CANDIDATES_SHOWN)
                .map(s -> new KeyCandidate(s.key().name(), round(s.total()))).toList();
        List<RomanNumeralEntry> numerals = analysis.romanNumerals().stream().map(rn -> {
            ChordEvent chord = chords.get(rn.chordIndex());
            return new RomanNumeralEntry(chord.chord().symbol(), rn.label(), rn.key().name(), round(chord.start()),
                    round(chord.end()),
                    rn.chordIndex(), ruleOf(analysis, rn), sentence.apply(rn));
        }).toList();
        Map<Integer, HarmonicFunction> functionOf = new HashMap<>();
        analysis.functions().forEach(f -> functionOf.putIfAbsent(f.chordIndex(), f));
        List<FunctionEntry> functions = analysis.romanNumerals().stream().map(rn -> {
            HarmonicFunction f = functionOf.get(rn.chordIndex());
            return new FunctionEntry(rn.label(), f == null ? null : f.function().jsonName(),
                    round(chords.get(rn.chordIndex()).start()), rn.chordIndex(), f == null ? null : ruleOf(analysis, f),
                    f == null ? null : sentence.apply(f));
        }).toList();
        List<CadenceEntry> cadences = analysis.cadences().stream().map(c -> new CadenceEntry(c.type().jsonName(),
                c.progression(), c.strength(), round(c.time()), c.chordIndex(), ruleOf(analysis, c), sentence.apply(c)))
                .toList();
        List<PatternEntry> patterns = analysis.patternOccurrences().stream().map(o -> new PatternEntry(o.pattern(),
                round(chords.get(o.startIndex()).start()), round(chords.get(o.endIndex()).end()), o.startIndex(),
                ruleOf(analysis, o), sentence.apply(o))).toList();
        return new AnalysisDocument(
                AnalysisDocument.SCHEMA_VERSION,
                piece.title(),
                round(piece.tempo().bpm()),
                key,
                piece.timeSignature().toString(),
                round(piece.durationSeconds()),
                piece.beats().stream().map(b -> new BeatEntry(round(b.time()), b.bar(), b.beatInBar())).toList(),
                piece.sections().stream().map(s -> new SectionEntry(s.label(), round(s.start()), round(s.end())))
                        .toList(),
                chords.stream().map(c -> new ChordEntry(c.chord().symbol(), c.chord().harte(), round(c.start()),
                        round(c.end()), c.index())).toList(),
                new HarmonicAnalysis(key, keySource,
                        analysis.tonalCentre().map(sentence).orElse(null), candidates, numerals, functions, cadences,
                        patterns.stream().map(PatternEntry::pattern).distinct().toList(), patterns,
                        HarmonicRhythmSummary.of(analysis), complexity(analysis), voiceLeading(analysis),
                        analysis.all(KeyRegion.class).stream().sorted(Comparator.comparingInt(KeyRegion::start))
                                .map(r -> new KeyRegionEntry(r.key().name(), round(chords.get(r.start()).start()),
                                        round(chords.get(r.last()).end()), r.start(), ruleOf(analysis, r),
                                        sentence.apply(r))).toList(),
                        analysis.all(Modulation.class).stream().sorted(Comparator.comparingInt(Modulation::chordIndex))
                                .map(m -> new ModulationEntry(m.from().name(), m.to().name(),
                                        round(chords.get(m.chordIndex()).start()), m.chordIndex(), m.pivotChord(),
                                        m.type().jsonName(), ruleOf(analysis, m), sentence.apply(m))).toList()));
    }

    private static AnalysisDocument.Complexity complexity(Analysis analysis) {
        Double score = analysis.all(ProgressionComplexity.class).stream().findFirst()
                .map(ProgressionComplexity::score).orElse(null);
        List<AnalysisDocument.Ingredient> ingredients = analysis.all(ComplexityIngredient.class).stream()
                .sorted(Comparator.comparingDouble(ComplexityIngredient::weight).reversed()
                        .thenComparing(ComplexityIngredient::name))
                .map(i -> new AnalysisDocument.Ingredient(i.name(), round(i.value()), i.weight())).toList();
        return new AnalysisDocument.Complexity(score, ingredients);
    }

    private static AnalysisDocument.VoiceLeadingSummary voiceLeading(Analysis analysis) {
        List<VoiceLeading> moves = analysis.all(VoiceLeading.class).stream()
                .sorted(Comparator.comparingInt(VoiceLeading::fromIndex)).toList();
        double n = Math.max(1, moves.size());
        return new AnalysisDocument.VoiceLeadingSummary(
                round(moves.stream().mapToInt(VoiceLeading::distance).sum() / n),
                round(moves.stream().mapToInt(VoiceLeading::commonTones).sum() / n),
                round(moves.stream().mapToDouble(VoiceLeading::smoothness).sum() / n),
                moves.stream().map(v -> new AnalysisDocument.VoiceMove(v.fromIndex(), v.toIndex(), v.distance(),
                        v.commonTones(), v.smoothness())).toList());
    }

    /** The document as indented JSON, ending with a newline. */
    public static String toJson(AnalysisDocument document) {
        try {
            return JSON.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis document could not be written as JSON", e);
        }
    }

    private static String sourceName(KeySource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }

    private static String ruleOf(Analysis analysis, Object fact) {
        return analysis.justificationOf(fact).map(Justification::rule).orElse(null);
    }

    /** Milliseconds are enough for times, and three decimals for scores; longer tails are noise. */
    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
