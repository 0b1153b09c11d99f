/** Numeric estimators that turn input into scored evidence for the rules to weigh (key profiles); they never decide. */
package io.continuo.facts.estimate;
