package io.continuo.cli.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code continuo eval}: measure Continuo against annotations nobody here made. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Evaluates Continuo against annotated corpora (see docs/evaluation.md).",
        subcommands = {KeyFindingCommand.class, RomanNumeralAgreementCommand.class, CommandLine.HelpCommand.class})
public final class EvalCommand {
}
