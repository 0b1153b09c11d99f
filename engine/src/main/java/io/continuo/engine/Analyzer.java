package io.continuo.engine;

import io.continuo.engine.rules.KnowledgeBase;
import io.continuo.engine.rules.RuleSources;
import io.continuo.facts.Piece;
import io.continuo.facts.estimate.ChordToneKeyProfile;
import io.continuo.facts.harmony.GivenKey;
import io.continuo.facts.time.MetricGrid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * Analyses pieces with one set of rules. Build it once (compiling the rules takes a few seconds)
 * and share it: {@link #analyze} opens a fresh session for every piece and is safe to call from
 * many threads.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.withShippedRules();
 * Analysis analysis = analyzer.analyze(piece);
 * analysis.romanNumerals().forEach(rn -> System.out.println(rn.label()));
 * }</pre>
 */
public final class Analyzer {

    /** Firings allowed per analysis before the rules are declared looping: generous, and linear in the input. */
    static final long BASE_FIRING_BUDGET = 100_000;
    static final long FIRINGS_PER_INPUT_FACT = 1_000;

    /** Local key evidence looks this many bars either side of each chord. */
    static final int LOCAL_KEY_HALF_WINDOW_BARS = 4;

    private static volatile KnowledgeBase shippedRules;

    private final KnowledgeBase rules;
    private final long baseFiringBudget;

    private Analyzer(KnowledgeBase rules, long baseFiringBudget) {
        this.rules = rules;
        this.baseFiringBudget = baseFiringBudget;
    }

    /** An analyzer with the rules that ship with Continuo, compiled once per JVM. */
    public static Analyzer withShippedRules() {
        KnowledgeBase compiled = shippedRules;
        if (compiled == null) {
            synchronized (Analyzer.class) {
                compiled = shippedRules;
                if (compiled == null) {
                    compiled = KnowledgeBase.compile(RuleSources.shipped());
                    shippedRules = compiled;
                }
            }
        }
        return of(compiled);
    }

    /**
     * An analyzer with the rule files under a folder, in place of the shipped ones.
     *
     * @throws io.continuo.engine.rules.RuleCompilationException listing every error
     */
    public static Analyzer withRules(Path folder) {
        return of(KnowledgeBase.compile(RuleSources.directory(folder)));
    }

    /** An analyzer over an already compiled knowledge base. */
    public static Analyzer of(KnowledgeBase rules) {
        return new Analyzer(rules, BASE_FIRING_BUDGET);
    }

    /**
     * The same rules with another firing budget: an analysis may fire {@code base} rules plus
     * {@value #FIRINGS_PER_INPUT_FACT} per input fact before it stops with a {@link RuleLoopException}.
     */
    public Analyzer withFiringBudget(long base) {
        if (base < 1) {
            throw new IllegalArgumentException("the firing budget must be positive, got " + base);
        }
        return new Analyzer(rules, base);
    }

    public KnowledgeBase rules() {
        return rules;
    }

    /**
     * Inserts the piece's facts, lets the rules come to rest and collects what they derived.
     *
     * @throws RuleLoopException when the rules keep firing past the budget
     */
    public Analysis analyze(Piece piece) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            JustificationRecorder recorder = new JustificationRecorder();
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            int inserted = insertFacts(session, piece);
            long budget = baseFiringBudget + FIRINGS_PER_INPUT_FACT * inserted;
            FiringBudget filter = new FiringBudget(budget);
            session.fireAllRules(filter);
            if (filter.exceeded) {
                throw new RuleLoopException(recorder.lastRule(), budget);
            }
            List<Derivation> derivations = new ArrayList<>();
            for (FactHandle handle : session.getFactHandles()) {
                Justification why = recorder.of(handle);
                if (why != null) {
                    derivations.add(new Derivation(session.getObject(handle), why));
                }
            }
            return new Analysis(piece, derivations);
        } finally {
            session.dispose();
        }
    }

    private static int insertFacts(KieSession session, Piece piece) {
        List<Object> facts = new ArrayList<>();
        piece.givenKey().map(GivenKey::new).ifPresent(facts::add);
        facts.add(piece.tempo());
        facts.add(piece.timeSignature());
        facts.addAll(piece.beats());
        facts.addAll(piece.sections());
        facts.addAll(piece.chords());
        facts.addAll(MetricGrid.place(piece.chords(), piece.beats(), piece.sections()));
        facts.addAll(MetricGrid.downbeats(piece.chords(), piece.beats()));
        facts.addAll(piece.notes());
        facts.addAll(piece.keyEvidence());
        double barSeconds = piece.timeSignature().beats() * piece.tempo().secondsPerBeat();
        facts.addAll(ChordToneKeyProfile.local(piece.chords(), LOCAL_KEY_HALF_WINDOW_BARS * barSeconds));
        facts.forEach(session::insert);
        return facts.size();
    }

    /** Lets matches fire until the budget is spent, then refuses the rest and remembers that it did. */
    private static final class FiringBudget implements AgendaFilter {
        private final long budget;
        private long fired;
        private boolean exceeded;

        FiringBudget(long budget) {
            this.budget = budget;
        }

        @Override
        public boolean accept(Match match) {
            if (fired >= budget) {
                exceeded = true;
                return false;
            }
            fired++;
            return true;
        }
    }
}
