package dev.atomstate.mcp;

import dev.atomstate.model.AtomstateException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The server's resources: the state file and the worklog, each as its text and as the model the CLI reads from it
 * ({@code export --json}, {@code log list --json}). Files are found again on every read, the way the CLI finds
 * them, so a worklog created after the server started is served too. Knows nothing of the MCP SDK.
 */
final class Resources {
    /** One resource: what the server lists, and how it reads the text for a project (throws to refuse). */
    record Resource(String uri, String name, String description, String mimeType, Function<ToolRunner.Project, String> read) {
    }

    static final String STATE = "atomstate://state";
    static final String STATE_MODEL = "atomstate://state/model";
    static final String WORKLOG = "atomstate://worklog";
    static final String WORKLOG_MODEL = "atomstate://worklog/model";

    private Resources() {
    }

    static List<Resource> all() {
        return List.of(
                new Resource(STATE, "STATE.md", "The state file (.planning/STATE.md as the CLI finds it), as written.", "text/markdown",
                        p -> p.host().read(p.root(), p.env(), stateFile(p))),
                new Resource(STATE_MODEL, "state model", "The state file read into atomstate's model: 'atomstate export --json'.",
                        "application/json", p -> json(p, List.of("export", "--json"))),
                new Resource(WORKLOG, "WORKLOG.md", "The worklog (WORKLOG.md beside the state file, or the one configured), as written.",
                        "text/markdown", p -> p.host().read(p.root(), p.env(), worklog(p))),
                new Resource(WORKLOG_MODEL, "worklog model", "The worklog's entries: 'atomstate log list --json'.", "application/json",
                        p -> json(p, List.of("log", "list", "--json"))));
    }

    private static Path stateFile(ToolRunner.Project project) {
        return project.host().stateFile(project.root(), project.env(), project.file());
    }

    private static Path worklog(ToolRunner.Project project) {
        Path p = project.host().worklog(project.root(), project.env(), project.file(), project.worklog());
        if (p == null) {
            throw AtomstateException.input("no worklog found (looked for WORKLOG.md and worklog.md beside the state file, in .planning/ "
                    + "and in " + project.root() + "); add an entry with the log_add tool to start one");
        }
        return p;
    }

    /** The CLI's document, or its refusal as the error of the read. */
    private static String json(ToolRunner.Project project, List<String> command) {
        ToolRunner.Outcome o = ToolRunner.cli(project, ToolRunner.commandLine(project, command), false);
        if (o.failed()) {
            throw new IllegalStateException(o.error());
        }
        return o.json();
    }
}
