/** Chords, keys, scale degrees and the key evidence estimators offer the rules. */
package io.continuo.facts.harmony;
