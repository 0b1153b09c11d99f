package io.continuo.cli.eval;

import io.continuo.engine.Analyzer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every evaluation shares: how much of the corpus, and which rules (for ablations). */
final class EvaluationOptions {

    @Option(names = "--limit", paramLabel = "N", description = "Evaluate only the first N pieces (all by default).")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Evaluate the rule files under DIR instead of the shipped ones (for ablations).")
    Path rules;

    Analyzer analyzer() {
        return rules == null ? Analyzer.withShippedRules() : Analyzer.withRules(rules);
    }
}
