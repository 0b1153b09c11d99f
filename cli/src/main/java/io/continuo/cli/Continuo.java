package io.continuo.cli;

import io.continuo.cli.bench.BenchCommand;
import io.continuo.cli.eval.EvalCommand;
import io.continuo.engine.RuleLoopException;
import io.continuo.engine.rules.RuleCompilationException;
import io.continuo.engine.rules.RuleProblem;
import io.continuo.facts.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code continuo} command. Every failure the user can cause ends in one line on standard
 * error naming the file, position and cause, and a non-zero exit status; never a stack trace
 * (set {@code CONTINUO_DEBUG=1} to see one for an internal error).
 */
@Command(name = "continuo",
        mixinStandardHelpOptions = true,
        versionProvider = Continuo.Version.class,
        description = "A music theory expert system: chords, beats and notes in, a rule-derived analysis out.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 bad input or rule files, 2 bad usage, 3 internal error."})
public final class Continuo {

    /** Exit statuses, as the help footer lists them. */
    public static final int SUCCESS = 0;
    public static final int BAD_INPUT = 1;
    public static final int BAD_USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    private Continuo() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform charset, so that vii°7 and viiø7 survive LANG=C.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs the command line with the given streams and returns the exit status; never exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(Continuo.class);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> INTERNAL_ERROR);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("continuo: " + e.getMessage());
            err.println("Try 'continuo " + commandName(e.getCommandLine()) + "--help' for the options.");
            return BAD_USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> report(e, err));
        if (args.length == 0) {
            commandLine.usage(out);
            return BAD_USAGE;
        }
        return commandLine.execute(args);
    }

    private static String commandName(CommandLine line) {
        return line.getParent() == null ? "" : line.getCommandName() + " ";
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof InputException input) {
            err.println(input.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof RuleCompilationException rules) {
            for (RuleProblem problem : rules.problems()) {
                err.println(problem.describe());
            }
            err.println("continuo: " + rules.problems().size() + " error(s) in the rule files; nothing was analysed");
            return BAD_INPUT;
        }
        if (e instanceof RuleLoopException loop) {
            err.println("continuo: " + loop.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UncheckedIOException io) {
            err.println("continuo: " + io.getCause().getMessage());
            return BAD_INPUT;
        }
        if (System.getenv("CONTINUO_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.println("continuo: internal error: " + e + " (set CONTINUO_DEBUG=1 for the stack trace)");
        return INTERNAL_ERROR;
    }

    /** The version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Continuo.class.getResourceAsStream("/continuo-version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"continuo " + properties.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
