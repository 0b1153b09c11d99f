package io.continuo.cli;

import io.continuo.engine.document.AnalysisDocument;
import io.continuo.engine.document.AnalysisDocument.BeatEntry;
import io.continuo.engine.document.AnalysisDocument.CadenceEntry;
import io.continuo.engine.document.AnalysisDocument.FunctionEntry;
import io.continuo.engine.document.AnalysisDocument.HarmonicAnalysis;
import io.continuo.engine.document.AnalysisDocument.PatternEntry;
import io.continuo.engine.document.AnalysisDocument.RomanNumeralEntry;
import io.continuo.engine.document.AnalysisDocument.SectionEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The analysis as a compact, aligned summary a musician reads at a glance. */
final class TextReport {

    private TextReport() {
    }

    static String of(AnalysisDocument document) {
        StringBuilder text = new StringBuilder();
        HarmonicAnalysis harmony = document.harmonicAnalysis();
        text.append(document.title()).append('\n');
        int bars = document.beats().isEmpty() ? 0 : document.beats().get(document.beats().size() - 1).bar();
        text.append(String.format(Locale.ROOT, "key %s · %s · %s bpm · %d bars · %.1f s%n",
                keyLine(harmony), document.timeSignature(), number(document.bpm()), bars, document.durationSeconds()));
        explain(text, harmony.keyExplanation());
        text.append(rhythmLine(harmony.harmonicRhythm())).append('\n');
        for (AnalysisDocument.ModulationEntry modulation : harmony.modulations()) {
            text.append(String.format(Locale.ROOT, "modulation at bar %s: %s → %s, %s%s%n",
                    barAt(document.beats(), modulation.time()), modulation.fromKey(), modulation.toKey(),
                    modulation.type(), modulation.pivotChord() == null ? "" : " through " + modulation.pivotChord()));
            explain(text, modulation.explanation());
        }
        AnalysisDocument.VoiceLeadingSummary voices = harmony.voiceLeading();
        if (!voices.moves().isEmpty()) {
            text.append(String.format(Locale.ROOT, "voice leading: %.1f semitones of motion per change, %.1f common "
                    + "tones, smoothness %.2f%n", voices.meanDistance(), voices.meanCommonTones(), voices.meanSmoothness()));
        }
        AnalysisDocument.Complexity complexity = harmony.progressionComplexity();
        if (complexity.score() != null) {
            text.append(String.format(Locale.ROOT, "complexity %.2f", complexity.score()))
                    .append(complexity.ingredients().stream()
                            .map(i -> String.format(Locale.ROOT, "%s %.2f", i.name(), i.value()))
                            .collect(Collectors.joining(", ", " (", ")"))).append('\n');
        }
        if (!harmony.patternOccurrences().isEmpty()) {
            Map<String, List<String>> startBars = new LinkedHashMap<>();
            for (PatternEntry occurrence : harmony.patternOccurrences()) {
                startBars.computeIfAbsent(occurrence.pattern(), p -> new ArrayList<>())
                        .add(barAt(document.beats(), occurrence.startTime()));
            }
            List<String> found = startBars.entrySet().stream()
                    .map(e -> e.getKey() + " (bar" + (e.getValue().size() > 1 ? "s " : " ") + String.join(", ", e.getValue()) + ")")
                    .toList();
            text.append("patterns: ").append(String.join("; ", found)).append('\n');
            harmony.patternOccurrences().forEach(o -> explain(text, o.explanation()));
        }
        text.append('\n');
        Map<Integer, FunctionEntry> functions = new HashMap<>();
        harmony.functionalHarmony().forEach(f -> functions.put(f.chordIndex(), f));
        Map<Integer, RomanNumeralEntry> numerals = new HashMap<>();
        harmony.romanNumerals().forEach(n -> numerals.put(n.chordIndex(), n));
        Map<Integer, CadenceEntry> cadences = new HashMap<>();
        harmony.cadences().forEach(c -> cadences.put(c.chordIndex(), c));
        String row = "%4s  %7s  %-10s %-10s %-17s %s%n";
        text.append(String.format(Locale.ROOT, row, "bar", "time", "chord", "numeral", "function", "cadence"));
        List<SectionEntry> sections = document.sections();
        int nextSection = 0;
        String localKey = harmony.key();
        for (AnalysisDocument.ChordEntry chord : document.chords()) {
            while (nextSection < sections.size() && sections.get(nextSection).startTime() <= chord.startTime() + 1e-6) {
                text.append("[").append(sections.get(nextSection).label()).append("]\n");
                nextSection++;
            }
            RomanNumeralEntry numeral = numerals.get(chord.chordIndex());
            if (numeral != null && !numeral.key().equals(localKey)) {
                // Numerals below are read in another key: say so where it changes.
                text.append("      (in ").append(numeral.key()).append(")\n");
                localKey = numeral.key();
            }
            FunctionEntry function = functions.get(chord.chordIndex());
            CadenceEntry cadence = cadences.get(chord.chordIndex());
            text.append(String.format(Locale.ROOT, row, barAt(document.beats(), chord.startTime()),
                    String.format(Locale.ROOT, "%.2f", chord.startTime()), chord.chord(),
                    numeral == null ? "?" : numeral.romanNumeral(),
                    function == null || function.function() == null ? "" : function.function().replace('_', ' '),
                    cadence == null ? "" : String.format(Locale.ROOT, "%s %s (strength %.2f)",
                            cadence.type().replace('_', ' '), cadence.progression(), cadence.strength()))
                    .stripTrailing()).append('\n');
            explain(text, numeral == null ? null : numeral.explanation());
            explain(text, function == null ? null : function.explanation());
            explain(text, cadence == null ? null : cadence.explanation());
        }
        return text.toString();
    }

    private static String rhythmLine(AnalysisDocument.HarmonicRhythm rhythm) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "harmonic rhythm: %.2f changes per bar",
                rhythm.changesPerBar()));
        if (!rhythm.perSection().isEmpty()) {
            line.append(rhythm.perSection().stream()
                    .map(s -> String.format(Locale.ROOT, "%s %.2f", s.label(), s.changesPerBar()))
                    .collect(Collectors.joining(", ", " (", ")")));
        }
        line.append(rhythm.changePositions().entrySet().stream()
                .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue())
                .collect(Collectors.joining(", ", "; changes on ", "")));
        if (rhythm.cadentialAcceleration() != null) {
            line.append(String.format(Locale.ROOT, "; toward cadences ×%.2f", rhythm.cadentialAcceleration()));
        }
        return line.toString();
    }

    /** With --explain, the rule's sentence under the row it explains. */
    private static void explain(StringBuilder text, String sentence) {
        if (sentence != null) {
            text.append("      · ").append(sentence).append('\n');
        }
    }

    private static String keyLine(HarmonicAnalysis harmony) {
        if (harmony.key() == null) {
            return "unknown";
        }
        String line = harmony.key() + " (" + harmony.keySource();
        List<String> others = harmony.keyCandidates().stream().skip(1).limit(2)
                .map(c -> c.key() + " " + String.format(Locale.ROOT, "%.2f", c.score()))
                .collect(Collectors.toList());
        if (!harmony.keyCandidates().isEmpty()) {
            line += String.format(Locale.ROOT, ", score %.2f", harmony.keyCandidates().get(0).score());
        }
        if (!others.isEmpty()) {
            line += "; next " + String.join(", ", others);
        }
        return line + ")";
    }

    /** The bar a time falls in, from the document's beats (a binary search: they are in time order). */
    private static String barAt(List<BeatEntry> beats, double time) {
        int low = 0;
        int high = beats.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (beats.get(middle).time() <= time + 1e-6) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? "" : Integer.toString(beats.get(found).bar());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
