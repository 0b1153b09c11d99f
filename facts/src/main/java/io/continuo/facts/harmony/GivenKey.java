package io.continuo.facts.harmony;

/** A key named by the user or the source (a chart's {@code key:} line): a claim the rules take as given. */
public record GivenKey(Key key) {
}
