/** Spelled pitch classes, letter names and intervals: the arithmetic every other notion is built on. */
package io.continuo.facts.pitch;
