package io.continuo.engine.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The analysis as it is written out: the JSON shape documented in {@code docs/analysis.schema.json}.
 * Field names are written in snake_case. Times are seconds from the start. The {@code explanation}
 * fields (sentences from the rules' {@code @explain} templates) are written only when asked for.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AnalysisDocument(
        int schemaVersion,
        String title,
        double bpm,
        String key,
        String timeSignature,
        double durationSeconds,
        List<BeatEntry> beats,
        List<SectionEntry> sections,
        List<ChordEntry> chords,
        HarmonicAnalysis harmonicAnalysis) {

    /** Raised when a field changes meaning or disappears; adding fields keeps the version. */
    public static final int SCHEMA_VERSION = 1;

    public record BeatEntry(double time, int bar, int beat) {
    }

    public record SectionEntry(String label, double startTime, double endTime) {
    }

    public record ChordEntry(String chord, String harte, double startTime, double endTime, int chordIndex) {
    }

    /**
     * @param key            the key of the analysis, or null when nothing could be inferred
     * @param keySource      "given" or "inferred"
     * @param keyCandidates  the strongest candidates with their summed evidence (inferred keys only)
     * @param romanNumerals  one entry per chord, in order
     * @param functionalHarmony one entry per chord, in order; the function is null where no rule gives one
     * @param cadences       every cadence, in order of its arrival
     * @param commonPatterns the names of the library progressions found, in order of first appearance
     * @param patternOccurrences every occurrence of a library progression, in order of its first chord
     */
    public record HarmonicAnalysis(String key, String keySource,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String keyExplanation,
                                   List<KeyCandidate> keyCandidates,
                                   List<RomanNumeralEntry> romanNumerals,
                                   List<FunctionEntry> functionalHarmony,
                                   List<CadenceEntry> cadences,
                                   List<String> commonPatterns,
                                   List<PatternEntry> patternOccurrences,
                                   HarmonicRhythm harmonicRhythm,
                                   Complexity progressionComplexity,
                                   VoiceLeadingSummary voiceLeading,
                                   List<KeyRegionEntry> keyRegions,
                                   List<ModulationEntry> modulations) {
    }

    /** A stretch in a key of its own; chords outside every region are read in the key of the piece. */
    public record KeyRegionEntry(String key, double startTime, double endTime, int chordIndex, String rule,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }

    /**
     * @param type       pivot, common-tone or direct
     * @param pivotChord the chord read in both keys, for a pivot modulation, else null
     */
    public record ModulationEntry(String fromKey, String toKey, double time, int chordIndex, String pivotChord,
                                  String type, String rule,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }

    /**
     * How the voices move between successive harmonies realised in close position.
     *
     * @param meanDistance    mean total motion per change of harmony, in semitones
     * @param meanCommonTones mean tones held per change
     * @param meanSmoothness  mean smoothness 0–1
     * @param moves           every change of harmony, in order
     */
    public record VoiceLeadingSummary(double meanDistance, double meanCommonTones, double meanSmoothness,
                                      List<VoiceMove> moves) {
    }

    public record VoiceMove(int fromIndex, int toIndex, int distance, int commonTones, double smoothness) {
    }

    /**
     * @param score       0–1, the weighted sum of the ingredients; null when the rules gave none (no key)
     * @param ingredients each measured 0–1 with its weight, so a musician can see why
     */
    public record Complexity(Double score, List<Ingredient> ingredients) {
    }

    public record Ingredient(String name, double value, double weight) {
    }

    /**
     * How often and where the harmony changes (a repeated chord is no change).
     *
     * @param changesPerBar          changes of harmony per bar over the piece (the first chord is no change)
     * @param perSection             the same per section
     * @param changePositions        how many changes fall on each beat of the bar ("beat_1" is the
     *                               downbeat), and between beats
     * @param cadentialAcceleration  changes per bar in the two bars up to each cadence's arrival,
     *                               divided by the piece's mean (above 1: the harmony quickens toward
     *                               cadences); null without cadences
     */
    public record HarmonicRhythm(double changesPerBar, List<SectionRhythm> perSection,
                                 Map<String, Integer> changePositions, Double cadentialAcceleration) {
    }

    public record SectionRhythm(String label, int sectionIndex, double changesPerBar) {
    }

    /**
     * @param pattern    the pattern's name in the library
     * @param startTime  when its first chord starts
     * @param endTime    when its last chord ends
     * @param chordIndex its first chord
     * @param rule       the rule that found it
     */
    public record PatternEntry(String pattern, double startTime, double endTime, int chordIndex, String rule,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }

    public record KeyCandidate(String key, double score) {
    }

    /** @param rule the rule that named the chord */
    public record RomanNumeralEntry(String chord, String romanNumeral, String key, double startTime, double endTime,
                                    int chordIndex, String rule,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }

    /**
     * @param type        perfect_authentic, imperfect_authentic, plagal, half, phrygian_half or deceptive
     * @param progression the two numerals, e.g. V7-I
     * @param strength    0–1
     * @param time        when the arrival chord starts
     * @param chordIndex  the arrival chord
     * @param rule        the rule that found it
     */
    public record CadenceEntry(String type, String progression, double strength, double time, int chordIndex,
                               String rule, @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }

    /**
     * @param function tonic, subdominant, dominant, tonic_substitute, or null where no rule gives one
     * @param rule     the rule that assigned the function, or null
     */
    public record FunctionEntry(String romanNumeral, String function, double startTime, int chordIndex,
                                String rule, @JsonInclude(JsonInclude.Include.NON_NULL) String explanation) {
    }
}
