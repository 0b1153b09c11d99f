/** Things that sound over time: chord events in the progression and note events. */
package io.continuo.facts.events;
