/** Sources for chord charts in text and JSON, laid out in time as beats, sections and chord events. */
package io.continuo.facts.chart;
