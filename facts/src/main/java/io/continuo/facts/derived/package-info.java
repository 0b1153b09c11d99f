/** Facts the rules derive (key of the piece, applied chords, Roman numerals, functions); Java never derives them itself. */
package io.continuo.facts.derived;
