package dev.atomstate.cli;

import dev.atomstate.io.FileTrace;
import dev.atomstate.io.WritePause;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.render.Messages;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the command line and runs it with injected streams, environment and working directory, so that
 * tests (and an in-process caller) run the real CLI. Turns every failure into one "atomstate: …" line and an exit code.
 */
public final class Cli {
    private Cli() {
    }

    /** Everything a command may touch outside its arguments. */
    public record Context(PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd, boolean terminal) {
    }

    /** Commands that run the command line again (the MCP server, the agents' hooks) do it through this. */
    private static final Invocation.Reentry REENTRY = new Invocation.Reentry() {
        @Override
        public int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd) {
            return Cli.run(args, new Context(out, err, env, cwd, false));
        }

        @Override
        public CommandLine.Model.CommandSpec command(java.util.List<String> path) {
            java.io.StringWriter sink = new java.io.StringWriter();
            Invocation inv = new Invocation(new PrintWriter(sink), new PrintWriter(sink), Map.of(), Path.of("."), false, WritePause.NONE, this);
            CommandLine cl = RootCommand.commandLine(new RootCommand(inv), path.toArray(String[]::new));
            for (String name : path) {
                cl = cl.getSubcommands().get(name);
                if (cl == null) {
                    throw new IllegalArgumentException("no command " + String.join(" ", path));
                }
            }
            return cl.getCommandSpec();
        }
    };

    public static int run(String[] args, Context ctx) {
        return run(args, ctx, WritePause.NONE);
    }

    /** {@link #run(String[], Context)} with writes held up at {@code pause}'s points (the crash tests' launcher). */
    public static int run(String[] args, Context ctx, WritePause pause) {
        Invocation inv = new Invocation(ctx.out(), ctx.err(), ctx.env(), ctx.cwd(), ctx.terminal(), pause, REENTRY);
        FileTrace.reset();
        try {
            java.util.concurrent.Callable<Integer> direct = DirectCommands.bind(args, inv);
            if (direct != null) {
                try {
                    return direct.call();
                } catch (Exception e) {
                    return handle(e, ctx.err(), inv.debug()); // what picocli's execution exception handler does below
                }
            }
            return viaPicocli(args, ctx, inv);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // unwound to here, what filled the heap or the stack is garbage now: there is room for one line
            ctx.err().println(Messages.fatal(e, FileTrace.lastRead(), FileTrace.wrote(), Runtime.getRuntime().maxMemory()));
            if (inv.debug()) {
                e.printStackTrace(ctx.err());
            }
            return ExitCodes.INPUT;
        } finally {
            ctx.out().flush();
            ctx.err().flush();
        }
    }

    /** Every run {@link DirectCommands} leaves alone: picocli's model of the command, its parse, help and errors. */
    private static int viaPicocli(String[] args, Context ctx, Invocation inv) {
        return picocli(args, ctx, inv).execute(args);
    }

    /** picocli's command line for {@code args}, set up as every run uses it (also what {@code DirectCommandsTest} compares with). */
    static CommandLine picocli(String[] args, Context ctx, Invocation inv) {
        CommandLine cl = RootCommand.forRun(new RootCommand(inv), args);
        cl.setOut(ctx.out());
        cl.setErr(ctx.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            String hint = "";
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                hint = "; did you mean " + u.getSuggestions().get(0) + "?"; // picocli orders them best first
            }
            ctx.err().println(Messages.error(ex.getMessage() + hint) + " (see 'atomstate " + commandPath(ex.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, ctx.err(), inv.debug()));
        return cl;
    }

    private static String commandPath(CommandLine cl) {
        String name = cl.getCommandName();
        return cl.getParent() == null ? "" : name + " ";
    }

    static int handle(Exception ex, PrintWriter err, boolean debug) {
        if (ex instanceof AtomstateException a) {
            err.println(Messages.error(a.getMessage()));
            if (debug) {
                a.printStackTrace(err);
            }
            return ExitCodes.of(a.kind());
        }
        err.println("atomstate: internal error: " + Messages.oneLine(String.valueOf(ex)) + " (nothing was written; run with --debug for the trace and report it)");
        if (debug) {
            ex.printStackTrace(err);
        }
        return ExitCodes.INPUT;
    }
}
