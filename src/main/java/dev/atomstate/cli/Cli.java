package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the command line and runs it with injected streams, environment and working directory, so that
 * tests run the real CLI in-process. Turns every failure into one "atomstate: …" line and an exit code.
 */
public final class Cli {
    private Cli() {
    }

    /** Everything a command may touch outside its arguments. */
    public record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd, boolean terminal) {
    }

    public static int run(String[] args, Context ctx) {
        RootCommand root = new RootCommand(ctx);
        CommandLine cl = RootCommand.commandLine(root, args);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            String hint = "";
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                hint = "; did you mean " + u.getSuggestions().get(0) + "?"; // picocli orders them best first
            }
            ctx.err().println("atomstate: " + oneLine(ex.getMessage() + hint) + " (see 'atomstate " + commandPath(ex.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, ctx, root.debug));
        try {
            return cl.execute(args);
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /**
     * The error contract is one line: a message that quotes a hostile argument (a newline, an escape sequence)
     * shows its control characters escaped, never raw.
     */
    private static final int MAX_MESSAGE = 1000;

    static String oneLine(String message) {
        return dev.atomstate.render.Safe.text(message, MAX_MESSAGE);
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return cl.getParent() == null ? "" : name + " ";
    }

    static int handle(Exception ex, Context ctx, boolean debug) {
        if (ex instanceof AtomstateException a) {
            ctx.err().println("atomstate: " + oneLine(a.getMessage()));
            if (debug) {
                a.printStackTrace(ctx.err());
            }
            return ExitCodes.of(a.kind());
        }
        ctx.err().println("atomstate: internal error: " + oneLine(String.valueOf(ex)) + " (nothing was written; run with --debug for the trace and report it)");
        if (debug) {
            ex.printStackTrace(ctx.err());
        }
        return ExitCodes.INPUT;
    }
}
