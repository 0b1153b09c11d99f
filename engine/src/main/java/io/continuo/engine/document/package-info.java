/** The analysis document: the JSON shape of docs/analysis.schema.json, mapped from an Analysis. */
package io.continuo.engine.document;
