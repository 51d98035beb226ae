package dev.atomstate.cli;

import dev.atomstate.io.StateFile;
import dev.atomstate.io.WritePause;
import dev.atomstate.mcp.McpHost;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line as the MCP server's host: commands run through the invocation's {@link Invocation.Reentry}, that is
 * {@link Cli#run} (so a tool call writes exactly what the CLI would), the command model is picocli's own, and files are found and read by an {@link Invocation}
 * as every command finds and reads them. Nothing here writes.
 */
final class CliHost implements McpHost {
    private final Invocation.Reentry reentry;

    CliHost(Invocation inv) {
        this.reentry = inv.reentry();
    }

    @Override
    public int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd) {
        return reentry.run(args, out, err, env, cwd);
    }

    @Override
    public CommandLine.Model.CommandSpec command(List<String> path) {
        return reentry.command(path);
    }

    @Override
    public Path stateFile(Path cwd, Map<String, String> env, Path file) {
        return invocation(cwd, env, file, null).stateFile();
    }

    @Override
    public Path worklog(Path cwd, Map<String, String> env, Path file, Path worklog) {
        return invocation(cwd, env, file, worklog).worklog();
    }

    @Override
    public String read(Path cwd, Map<String, String> env, Path path) {
        Invocation inv = invocation(cwd, env, null, null);
        return StateFile.read(path, inv.display(path), inv.limits()).source().text();
    }

    private static Invocation invocation(Path cwd, Map<String, String> env, Path file, Path worklog) {
        StringWriter sink = new StringWriter();
        Invocation inv = new Invocation(new PrintWriter(sink), new PrintWriter(sink), env, cwd, false, WritePause.NONE);
        inv.options().file = file;
        inv.options().worklog = worklog;
        return inv;
    }
}
