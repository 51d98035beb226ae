package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
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
        return run(args, ctx, WritePause.NONE);
    }

    /** {@link #run(String[], Context)} with writes held up at {@code pause}'s points (the crash tests' launcher). */
    public static int run(String[] args, Context ctx, WritePause pause) {
        RootCommand root = new RootCommand(ctx, pause);
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
        if (message == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_MESSAGE));
        for (int i = 0; i < message.length(); i++) {
            if (sb.length() >= MAX_MESSAGE) {
                sb.append("…");
                break;
            }
            char c = message.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
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
