/** Finding and compiling rule files into a shared knowledge base, with errors reported as path:line:column. */
package io.continuo.engine.rules;
