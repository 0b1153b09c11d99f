package io.continuo.engine;

/** The rules did not come to rest within the firing budget: some rule keeps re-triggering itself or another. */
public final class RuleLoopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleLoopException(String lastRule, long budget) {
        super("the rules did not come to rest after " + budget + " firings; the last rule to fire was '" + lastRule
                + "' (does a rule's consequence re-trigger its own conditions?)");
    }
}
