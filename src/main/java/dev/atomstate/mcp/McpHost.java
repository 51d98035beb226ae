package dev.atomstate.mcp;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the server needs of the command line that embeds it, given by the cli's mcp command, so this package
 * never reaches up into cli: running a command in-process exactly as the CLI would (every write goes through
 * it), picocli's model of a command (the tools' schemas come from the same option definitions), and the CLI's
 * own way of finding and reading the planning files.
 */
public interface McpHost {
    /** Runs {@code atomstate ARGS} in {@code cwd} with captured streams; returns the exit code. */
    int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd);

    /**
     * The command {@code path} (e.g. {@code ["todo", "add"]}) as the CLI defines it: its description and its own
     * arguments (help, version, hidden and inherited root options left out), plus the root's --dry-run.
     */
    CommandShape command(List<String> path);

    /** A command as a tool sees it. */
    record CommandShape(String description, List<Arg> args, Arg dryRun) {
    }

    /**
     * One option or positional parameter: {@code name} is the field's or label's name, {@code option} the longest
     * option name (null for a positional), {@code choices} an enum's values, {@code defaultValue} as the CLI has it.
     */
    record Arg(String name, String option, Kind kind, boolean required, List<String> choices, String description,
               String defaultValue) {
    }

    enum Kind { STRING, INTEGER, BOOLEAN, STRINGS }

    /** The state file the CLI would use in {@code cwd} with {@code -f file} (null: discovery); refused like the CLI. */
    Path stateFile(Path cwd, Map<String, String> env, Path file);

    /** The worklog the CLI would read, or null when there is none. */
    Path worklog(Path cwd, Map<String, String> env, Path file, Path worklog);

    /** The text of {@code path} as the CLI reads it (size cap, encodings, one-line refusals). */
    String read(Path cwd, Map<String, String> env, Path path);
}
