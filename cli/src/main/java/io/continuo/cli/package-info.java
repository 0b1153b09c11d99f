/** The continuo command: picocli subcommands, input and output formats, one-line errors and exit statuses. */
package io.continuo.cli;
