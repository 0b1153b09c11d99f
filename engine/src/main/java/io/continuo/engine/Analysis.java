package io.continuo.engine;

import io.continuo.facts.Piece;
import io.continuo.facts.derived.Cadence;
import io.continuo.facts.derived.HarmonicFunction;
import io.continuo.facts.derived.KeySupport;
import io.continuo.facts.derived.PatternOccurrence;
import io.continuo.facts.derived.RomanNumeral;
import io.continuo.facts.derived.TonalCentre;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of analysing one piece: the facts that went in and everything the rules derived from
 * them, each with its justification. Immutable; the JSON and text views are written from it.
 */
public final class Analysis {

    private final Piece piece;
    private final List<Derivation> derivations;
    private final Map<Object, Justification> justifications = new HashMap<>();

    /**
     * @param piece       the input facts
     * @param derivations every derived fact still held when the rules came to rest
     */
    public Analysis(Piece piece, List<Derivation> derivations) {
        this.piece = piece;
        this.derivations = List.copyOf(derivations);
        for (Derivation derivation : this.derivations) {
            justifications.putIfAbsent(derivation.fact(), derivation.justification());
        }
    }

    /** The input facts. */
    public Piece piece() {
        return piece;
    }

    /** Every derived fact still held when the rules came to rest, with its justification. */
    public List<Derivation> derivations() {
        return derivations;
    }

    /** Every derived fact of a type, in the order the rules left them. */
    public <T> List<T> all(Class<T> type) {
        return derivations.stream().map(Derivation::fact).filter(type::isInstance).map(type::cast).toList();
    }

    /** The key the piece was analysed in, given or inferred; empty when there was no evidence at all. */
    public Optional<TonalCentre> tonalCentre() {
        return all(TonalCentre.class).stream().findFirst();
    }

    /**
     * The weighed key candidates, strongest first, one per sounding key (F# major and Gb major, both
     * candidates when the evidence spells the tonic both ways, are listed once); empty when the key was given.
     */
    public List<KeySupport> keyCandidates() {
        List<KeySupport> candidates = new ArrayList<>();
        all(KeySupport.class).stream()
                .sorted(Comparator.comparingDouble(KeySupport::total).reversed()
                        .thenComparingInt(s -> s.key().order()))
                .filter(s -> candidates.stream().noneMatch(c -> c.key().soundsAs(s.key())))
                .forEach(candidates::add);
        return candidates;
    }

    /** One Roman numeral per chord, in the order of the progression. */
    public List<RomanNumeral> romanNumerals() {
        return all(RomanNumeral.class).stream().sorted(Comparator.comparingInt(RomanNumeral::chordIndex)).toList();
    }

    /** The harmonic function of each chord that has one, in the order of the progression. */
    public List<HarmonicFunction> functions() {
        return all(HarmonicFunction.class).stream()
                .sorted(Comparator.comparingInt(HarmonicFunction::chordIndex)).toList();
    }

    /** The cadences, in order of their arrival chords. */
    public List<Cadence> cadences() {
        return all(Cadence.class).stream().sorted(Comparator.comparingInt(Cadence::chordIndex)).toList();
    }

    /** The library progressions found, in order of their first chord (then by name). */
    public List<PatternOccurrence> patternOccurrences() {
        return all(PatternOccurrence.class).stream().sorted(Comparator.comparingInt(PatternOccurrence::startIndex)
                .thenComparingInt(PatternOccurrence::endIndex).thenComparing(PatternOccurrence::pattern)).toList();
    }

    /** Why a derived fact holds; empty for a fact this analysis did not derive. */
    public Optional<Justification> justificationOf(Object fact) {
        return Optional.ofNullable(justifications.get(fact));
    }
}
