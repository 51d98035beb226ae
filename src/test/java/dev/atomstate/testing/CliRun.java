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

    public static Result run(Path cwd, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new Cli.Context(new PrintWriter(out), new PrintWriter(err), env, cwd.toAbsolutePath(), false));
        return new Result(exit, out.toString(), err.toString());
    }
}
