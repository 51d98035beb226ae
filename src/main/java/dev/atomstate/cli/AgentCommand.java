package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.render.Messages;
import dev.atomstate.app.agent.AgentClient;
import dev.atomstate.app.agent.EditGuard;
import dev.atomstate.app.agent.HookSettings;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.json.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "agent", mixinStandardHelpOptions = true,
        header = "Hooks for AI coding agents (Claude Code, Gemini CLI)",
        description = "Hooks for AI coding agents (claude: Claude Code, gemini: Gemini CLI): a guard that refuses direct edits of "
                + "the state file and worklog, the short status at session start, and Claude Code's status line.",
        subcommands = {AgentCommand.Install.class, AgentCommand.Uninstall.class, AgentCommand.Guard.class, AgentCommand.Context.class},
        footer = {"", "Example:", "  atomstate agent install claude --dry-run", "  atomstate agent uninstall gemini"})
final class AgentCommand implements Callable<Integer> {
    /** The clients' code for "block this tool call" (Claude Code and Gemini CLI alike); stderr is the reason. */
    static final int BLOCK = 2;
    private static final int MAX_HOOK_INPUT = 4 * 1024 * 1024;

    final Invocation inv;

    AgentCommand(Invocation inv) {
        this.inv = inv;
    }

    @Override
    public Integer call() {
        inv.err().println("atomstate: 'agent' needs install, uninstall, guard or context and a client: claude or gemini "
                + "(see 'atomstate agent --help')");
        return ExitCodes.USAGE;
    }

    static AgentClient client(String name) {
        AgentClient c = AgentClient.of(name);
        if (c == null) {
            throw AtomstateException.usage("unknown agent client '" + name + "'; atomstate has hooks for claude (Claude Code) and gemini (Gemini CLI)");
        }
        return c;
    }

    /** The project folder: the one holding .planning/ (or .gsd/) of the state file found from here, else here. */
    static Path projectRoot(Invocation inv) {
        try {
            Path dir = inv.stateFile().toAbsolutePath().normalize().getParent();
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            return name.equals(".planning") || name.equals(".gsd") ? dir.getParent() : dir;
        } catch (AtomstateException e) {
            return inv.cwd();
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            header = "Add atomstate's hooks to a client's project settings",
            description = "Add atomstate's hooks to the client's project settings (.claude/settings.json, .gemini/settings.json): "
                    + "the edit guard, the session-start status and (claude) the status line. Only our entries are added, as a "
                    + "splice of the file: your settings keep every byte, a status line of your own is left alone, and a second "
                    + "run changes nothing. --dry-run shows the diff.",
            footer = {"", "Example:", "  atomstate agent install claude", "  atomstate agent install gemini --dry-run",
                    "  atomstate agent install claude --launcher /opt/atomstate/atomstate"})
    static final class Install implements Callable<Integer> {
        @ParentCommand
        AgentCommand agent;

        @Parameters(index = "0", paramLabel = "CLIENT", description = "claude (Claude Code) or gemini (Gemini CLI).")
        String client;

        @Option(names = "--launcher", paramLabel = "COMMAND",
                description = "How the hooks run atomstate (default: atomstate, from the PATH); it must end in atomstate or atomstate.jar.")
        String launcher = "atomstate";

        @Override
        public Integer call() {
            AgentClient c = client(client);
            if (!AgentClient.isLauncher(launcher)) {
                throw AtomstateException.usage("--launcher '" + launcher + "' must end in atomstate or atomstate.jar, so that uninstall finds the entries again");
            }
            Invocation inv = agent.inv;
            Path settings = projectRoot(inv).resolve(c.settings);
            return NewFiles.write(inv, "agent-install", settings,
                    text -> HookSettings.install(inv.display(settings), text, c, launcher.strip()));
        }
    }

    @Command(name = "uninstall", mixinStandardHelpOptions = true,
            header = "Remove atomstate's hooks from a client's settings",
            description = "Remove the hook entries that run atomstate from the client's project settings, and the lists only they "
                    + "filled; everything else stays byte for byte.",
            footer = {"", "Example:", "  atomstate agent uninstall claude --dry-run"})
    static final class Uninstall implements Callable<Integer> {
        @ParentCommand
        AgentCommand agent;

        @Parameters(index = "0", paramLabel = "CLIENT", description = "claude (Claude Code) or gemini (Gemini CLI).")
        String client;

        @Override
        public Integer call() {
            AgentClient c = client(client);
            Invocation inv = agent.inv;
            Path settings = projectRoot(inv).resolve(c.settings);
            return NewFiles.write(inv, "agent-uninstall", settings, text -> HookSettings.uninstall(inv.display(settings), text, c));
        }
    }

    @Command(name = "guard", mixinStandardHelpOptions = true,
            header = "Pre-edit hook: refuse hand edits of the state file",
            description = "The pre-edit hook: reads the client's hook input on stdin and refuses (exit 2, the reason on stderr, as "
                    + "the clients expect) an edit or write of the state file or worklog, naming the atomstate command to run "
                    + "instead. Other files and tools pass (exit 0, nothing printed). Installed by 'agent install'.",
            footer = {"", "Example:", "  echo '{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\".planning/STATE.md\"}}' | atomstate agent guard claude"})
    static final class Guard implements Callable<Integer> {
        @ParentCommand
        AgentCommand agent;

        @Parameters(index = "0", paramLabel = "CLIENT", description = "claude (Claude Code) or gemini (Gemini CLI): whose hook input this is.")
        String client;

        @Override
        public Integer call() throws IOException {
            AgentClient c = client(client);
            Invocation inv = agent.inv;
            JsonText.Node input = JsonText.parse("the hook input", read(System.in));
            EditGuard.Decision d = EditGuard.decide(input, c, inv.cwd(), RealDisk.REAL, dir -> kept(inv, dir));
            if (inv.json()) {
                Map<String, Object> doc = Json.document("agent-guard");
                doc.put("client", c.id);
                doc.put("allowed", d.allowed());
                doc.put("file", d.file());
                doc.put("reason", d.reason());
                Json.print(inv.out(), doc);
            }
            if (!d.allowed()) {
                inv.err().println("atomstate: " + Messages.oneLine(d.reason()));
                return BLOCK;
            }
            return ExitCodes.OK;
        }

        private static String read(InputStream in) throws IOException {
            byte[] bytes = in.readNBytes(MAX_HOOK_INPUT + 1);
            if (bytes.length > MAX_HOOK_INPUT) {
                throw AtomstateException.input("agent guard: the hook input is over " + MAX_HOOK_INPUT + " bytes; letting the edit through");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The state file and worklog the CLI would find from {@code dir}; none when there is no state file. */
        private static EditGuard.Kept kept(Invocation inv, Path dir) {
            Invocation there = new Invocation(inv.out(), inv.err(), inv.env(), dir, false, inv.pause());
            there.options().file = inv.options().file;
            there.options().worklog = inv.options().worklog;
            Path state;
            try {
                state = there.stateFile();
            } catch (AtomstateException e) {
                state = null;
            }
            return new EditGuard.Kept(state, there.worklog());
        }
    }

    @Command(name = "context", mixinStandardHelpOptions = true,
            header = "Session-start hook: the short status for the agent",
            description = "The session-start hook: prints the short status, so the agent starts from the truth, with a line on how "
                    + "to change the file (gemini: as the JSON its hooks answer with). Prints nothing where there is no state file.",
            footer = {"", "Example:", "  atomstate agent context claude"})
    static final class Context implements Callable<Integer> {
        static final String HOW = "Change the planning state only with atomstate commands (or its MCP tools), never by editing "
                + "the file; 'atomstate instructions' lists them.";

        @ParentCommand
        AgentCommand agent;

        @Parameters(index = "0", paramLabel = "CLIENT", description = "claude (Claude Code) or gemini (Gemini CLI): whose format to answer in.")
        String client;

        @Override
        public Integer call() {
            AgentClient c = client(client);
            Invocation inv = agent.inv;
            String status = status(inv);
            String context = status == null ? null : status + HOW;
            if (inv.json()) {
                Map<String, Object> doc = Json.document("agent-context");
                doc.put("client", c.id);
                doc.put("context", context);
                Json.print(inv.out(), doc);
            } else if (context != null && c == AgentClient.GEMINI) {
                Json.print(inv.out(), Map.of("hookSpecificOutput", Map.of("hookEventName", "SessionStart", "additionalContext", context)));
            } else if (context != null) {
                inv.out().println(context);
            }
            return ExitCodes.OK;
        }

        /** What 'atomstate status' prints here, or null when it cannot (no state file: the hook stays quiet). */
        private static String status(Invocation inv) {
            List<String> args = new ArrayList<>();
            if (inv.options().file != null) {
                args.add("--file=" + inv.options().file);
            }
            if (inv.options().worklog != null) {
                args.add("--worklog=" + inv.options().worklog);
            }
            if (inv.options().now != null) {
                args.add("--now=" + inv.options().now);
            }
            args.add("status");
            StringWriter out = new StringWriter();
            int exit = inv.reentry().run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(new StringWriter()),
                    inv.env(), inv.cwd());
            return exit == ExitCodes.OK ? out.toString() : null;
        }
    }
}
