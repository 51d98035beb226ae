package dev.atomstate.mcp;


import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a tool call as the CLI: {@code atomstate [-f FILE] [--worklog LOG] COMMAND ARGS --json} in-process with captured
 * streams, so a tool writes exactly what the command line would (same lock, same atomic replace, same refusals).
 * Knows nothing of the MCP SDK.
 */
final class ToolRunner {
    /** Where the server works: the folder commands run in, their environment, and -f / --worklog when given. */
    record Project(McpHost host, Path root, Map<String, String> env, Path file, Path worklog) {
    }

    /** A finished call: {@code json} is the command's document, or {@code error} its "atomstate: …" line(s). */
    record Outcome(int exit, String json, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private ToolRunner() {
    }

    static Outcome run(Project project, ToolCatalog.Tool tool, Map<String, Object> arguments) {
        List<String> args = commandLine(project, tool.command());
        args.add("--json");
        try {
            args.addAll(tool.input().toArgs(arguments));
        } catch (IllegalArgumentException e) {
            return new Outcome(2, null, "atomstate: " + tool.name() + ": " + e.getMessage());
        }
        return cli(project, args, tool.kind().equals("check"));
    }

    /** {@code [--file=F] [--worklog=W] COMMAND…}: the server's -f and --worklog go to every command it runs. */
    static List<String> commandLine(Project project, List<String> command) {
        List<String> args = new ArrayList<>();
        if (project.file() != null) {
            args.add("--file=" + project.file());
        }
        if (project.worklog() != null) {
            args.add("--worklog=" + project.worklog());
        }
        args.addAll(command);
        return args;
    }

    /**
     * Runs {@code args} through the CLI. A result is a document on stdout with exit 0, or with exit 1 when
     * {@code findingsAreResults} (check found problems: a report, not a refusal).
     */
    static Outcome cli(Project project, List<String> args, boolean findingsAreResults) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = project.host().run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), project.env(), project.root());
        String json = out.toString().strip();
        boolean findings = exit == 1 && findingsAreResults;
        if ((exit == 0 || findings) && json.startsWith("{")) {
            return new Outcome(exit, json, null);
        }
        String error = err.toString().strip();
        return new Outcome(exit, null, error.isEmpty() ? "atomstate: the command failed with exit " + exit + " and said nothing" : error);
    }
}
