/** Parsers for written notation (lead-sheet chord symbols, Harte labels) with errors that point at the bad character. */
package io.continuo.facts.notation;
