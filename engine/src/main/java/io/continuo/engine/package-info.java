/** The embedding API: an Analyzer runs the rules over a Piece and returns an Analysis whose every derived fact carries its justification. */
package io.continuo.engine;
