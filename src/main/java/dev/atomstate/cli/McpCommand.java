package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.mcp.McpCatalogue;
import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "mcp", mixinStandardHelpOptions = true,
        header = "Serve the everyday commands as MCP tools over stdio",
        description = "Serve the everyday commands as Model Context Protocol tools over stdio (status, complete_plan, decide, "
                + "block, unblock, todo_add, todo_done, session, metric, begin_phase, complete_phase, check, log_add, log_result), "
                + "and the state file and worklog as resources. Each tool call runs the command of the same name, so it changes "
                + "the file exactly as the command line would.",
        footer = {"", "Example:", "  atomstate mcp", "  atomstate mcp --list",
                "  claude mcp add atomstate -- atomstate mcp        # register it with Claude Code"})
final class McpCommand implements Callable<Integer> {
    private final Invocation inv;

    McpCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "ROOT",
            description = "The project folder the server works in: the state file is found from there as the CLI finds it. Default: here.")
    Path dir;

    @Option(names = "--list", description = "Print the tools (with their input schemas under --json) and resources, and exit.")
    boolean list;

    @Override
    public Integer call() throws InterruptedException {
        Path project = dir == null ? inv.cwd() : inv.cwd().resolve(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(project)) {
            throw AtomstateException.usage(project + " is not a folder; give the project folder, or nothing for the current one");
        }
        if (list) {
            return list();
        }
        Path file = inv.options().file == null ? null : inv.cwd().resolve(inv.options().file);
        Path worklog = inv.options().worklog == null ? null : inv.cwd().resolve(inv.options().worklog);
        inv.out().flush();
        // the protocol owns the process's own streams: nothing else may write to stdout while it runs
        return dev.atomstate.mcp.AtomstateMcpServer.serve(new CliHost(inv), project, inv.env(), file, worklog, System.in, System.out);
    }

    private int list() {
        List<Map<String, Object>> tools = McpCatalogue.tools(new CliHost(inv));
        List<Map<String, Object>> resources = McpCatalogue.resources();
        if (inv.json()) {
            Map<String, Object> doc = Json.document("mcp");
            doc.put("tools", tools);
            doc.put("resources", resources);
            Json.print(inv.out(), doc);
            return ExitCodes.OK;
        }
        inv.out().println("tools:");
        for (Map<String, Object> t : tools) {
            inv.out().println(String.format("  %-15s %s", t.get("name"), t.get("command")));
        }
        inv.out().println("resources:");
        for (Map<String, Object> r : resources) {
            inv.out().println(String.format("  %-26s %-17s %s", r.get("uri"), r.get("mimeType"), r.get("description")));
        }
        return ExitCodes.OK;
    }
}
