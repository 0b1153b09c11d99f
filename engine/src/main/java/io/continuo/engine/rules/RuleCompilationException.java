package io.continuo.engine.rules;

import java.util.List;

/** Rule files that do not compile; every problem is listed, one line each. */
public final class RuleCompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super(problems.size() + " error(s) in the rule files; first: "
                + (problems.isEmpty() ? "none" : problems.get(0).describe()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
