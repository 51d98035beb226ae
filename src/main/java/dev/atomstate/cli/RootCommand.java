package dev.atomstate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
            CompactCommand.class, "compact", VelocityCommand.class, "velocity", ReportCommand.class, "report",
            ExportCommand.class, "export", SchemaCommand.class, "schema",
            MergeDriverCommand.class, "merge-driver", ResolveCommand.class, "resolve", GitCommand.class, "git",
            McpCommand.class, "mcp", AgentCommand.class, "agent", InstructionsCommand.class, "instructions");

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
    static CommandLine commandLine(RootCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        Class<?> only = COMMANDS.get(firstWord(args));
        for (Class<?> c : only != null ? java.util.List.<Class<?>>of(only) : COMMANDS.values()) {
            cl.addSubcommand(root.command(c));
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

    @Mixin
    final GlobalOptions options;

    final Invocation inv;

    RootCommand(Invocation inv) {
        this.inv = inv;
        this.options = inv.options();
    }

    /** The command of class {@code c}, made with this run's {@link Invocation} (every command takes it in its constructor). */
    private Object command(Class<?> c) {
        try {
            return c.getDeclaredConstructor(Invocation.class).newInstance(inv);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getName() + " needs a constructor taking the Invocation", e);
        }
    }

    @Override
    public Integer call() {
        inv.err().println("atomstate: a command is missing; try 'atomstate status' or 'atomstate --help'");
        return ExitCodes.USAGE;
    }
}
