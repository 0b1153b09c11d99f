/** The fact model: what sources extract from charts, MIDI and audio, in a musician's words; no rule engine and no deep learning here. */
package io.continuo.facts;
