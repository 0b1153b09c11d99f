/** The metric frame: tempo, time signature, beats and sections. */
package io.continuo.facts.time;
