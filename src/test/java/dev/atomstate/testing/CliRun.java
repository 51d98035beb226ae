package dev.atomstate.testing;

import dev.atomstate.cli.Cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the real CLI in-process with captured output, a fixed clock and a chosen working directory. */
public final class CliRun {
    private CliRun() {
    }

    public static final String DEFAULT_NOW = "2026-03-01T09:30:00Z";

    public record Result(int exit, String out, String err) {
    }

    public static Result run(Path cwd, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("ATOMSTATE_NOW", DEFAULT_NOW);
        return run(cwd, env, args);
    }

    /**
     * With {@link PausedWriterMain#DELAY_ENV} in {@code env}, the in-process run is held up inside its locked write as
     * the test launcher holds up a real process (production code reads no such variable).
     */
    public static Result run(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String delay = env.get(PausedWriterMain.DELAY_ENV);
        dev.atomstate.io.WritePause pause = delay == null ? dev.atomstate.io.WritePause.NONE : PausedWriterMain.sleeping(Long.parseLong(delay.strip()));
        int exit = Cli.run(args, new Cli.Context(new PrintWriter(out), new PrintWriter(err), env, cwd.toAbsolutePath(), false), pause);
        return new Result(exit, out.toString(), err.toString());
    }
}
