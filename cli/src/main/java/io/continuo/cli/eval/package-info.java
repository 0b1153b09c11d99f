/** Evaluations against annotated corpora nobody here made: the figures of docs/evaluation.md. */
package io.continuo.cli.eval;
