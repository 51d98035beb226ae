package dev.atomstate.mcp;

import picocli.CommandLine.Model.CommandSpec;

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

    /** picocli's model of the command {@code path} (e.g. {@code ["todo", "add"]}), with the root's inherited options. */
    CommandSpec command(List<String> path);

    /** The state file the CLI would use in {@code cwd} with {@code -f file} (null: discovery); refused like the CLI. */
    Path stateFile(Path cwd, Map<String, String> env, Path file);

    /** The worklog the CLI would read, or null when there is none. */
    Path worklog(Path cwd, Map<String, String> env, Path file, Path worklog);

    /** The text of {@code path} as the CLI reads it (size cap, encodings, one-line refusals). */
    String read(Path cwd, Map<String, String> env, Path path);
}
