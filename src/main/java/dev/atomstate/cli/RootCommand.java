package dev.atomstate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

@Command(name = "atomstate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads, updates and checks a project's plain-text planning state (.planning/STATE.md) "
                + "without changing a byte it was not asked to change.",
        footer = {"", "Exit codes: 0 done (or nothing to do), 1 refused or check failed, 2 usage error, 3 unreadable input.",
                "Run 'atomstate COMMAND --help' for a command's options and an example."})
final class RootCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * Every command by name, in the order --help lists them. Building picocli's model of a command costs
     * reflection, so a run registers only the command it was asked for (see {@link #commandLine}); the names
     * must be the {@code @Command} names (a test checks).
     */
    static final java.util.Map<String, Class<?>> COMMANDS = commands(
            InitCommand.class, "init", StatusCommand.class, "status", CheckCommand.class, "check",
            CompletePlanCommand.class, "complete-plan", DecideCommand.class, "decide", BeginPhaseCommand.class, "begin-phase",
            CompletePhaseCommand.class, "complete-phase", BlockCommand.class, "block", UnblockCommand.class, "unblock",
            TodoCommand.class, "todo", SessionCommand.class, "session", MetricCommand.class, "metric",
            MilestoneCommand.class, "milestone", GetCommand.class, "get", SetCommand.class, "set",
            ProgressCommand.class, "progress", DecisionsCommand.class, "decisions", BlockersCommand.class, "blockers",
            TodosCommand.class, "todos", HistoryCommand.class, "history", LogCommand.class, "log",
            ExportCommand.class, "export", SchemaCommand.class, "schema");

    /** Root options that take a value, so that the value is not taken for the command's name. */
    private static final java.util.Set<String> OPTIONS_WITH_VALUES = java.util.Set.of("-f", "--file", "--now", "--worklog");

    private static java.util.Map<String, Class<?>> commands(Object... classAndName) {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < classAndName.length; i += 2) {
            m.put((String) classAndName[i + 1], (Class<?>) classAndName[i]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The command line for {@code args}: with only the named command registered when the first word that is not
     * an option names one, else (help, a typo, no command) with all of them, so that help lists them all and
     * picocli can suggest the closest name.
     */
    static picocli.CommandLine commandLine(RootCommand root, String[] args) {
        picocli.CommandLine cl = new picocli.CommandLine(root);
        Class<?> only = COMMANDS.get(firstWord(args));
        for (Class<?> c : only != null ? java.util.List.<Class<?>>of(only) : COMMANDS.values()) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    private static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (OPTIONS_WITH_VALUES.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    final Cli.Context ctx;
    final dev.atomstate.io.WritePause pause;

    RootCommand(Cli.Context ctx) {
        this(ctx, dev.atomstate.io.WritePause.NONE);
    }

    RootCommand(Cli.Context ctx, dev.atomstate.io.WritePause pause) {
        this.ctx = ctx;
        this.pause = pause;
    }

    @Option(names = {"-f", "--file"}, paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The state file. Default: the nearest .planning/STATE.md from the current directory upwards, then ./STATE.md, then ./.gsd/STATE.md.")
    Path file;

    // worklogs (issue 6)
    @Option(names = "--worklog", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The worklog. Default: worklog: in .atomstate.yml, else WORKLOG.md or worklog.md beside the state file or in .planning/.")
    Path worklog;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print one JSON document on stdout.")
    boolean json;

    @Option(names = "--now", paramLabel = "TIME", scope = ScopeType.INHERIT,
            description = "ISO-8601 clock for everything the command writes (also ATOMSTATE_NOW).")
    String now;

    @Option(names = "--dry-run", scope = ScopeType.INHERIT, description = "Print the unified diff of what a writing command would change; write nothing.")
    boolean dryRun;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour (also NO_COLOR; automatic when stdout is not a terminal).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, hidden = true, description = "Show stack traces.")
    boolean debug;

    /** Loaded on first use by CommandSupport.config. */
    dev.atomstate.config.Config config;

    @Override
    public Integer call() {
        ctx.err().println("atomstate: a command is missing; try 'atomstate status' or 'atomstate --help'");
        return ExitCodes.USAGE;
    }
}
