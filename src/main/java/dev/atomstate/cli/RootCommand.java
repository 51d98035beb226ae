package dev.atomstate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * The root of the command line: its options ({@link GlobalOptions}, inherited by every command), help and version,
 * and the commands. Its model is built in code (see {@link CodeSpec}) because every run builds it.
 */
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
        CommandLine cl = new CommandLine(root.spec(), CodeSpec.FACTORY);
        String only = firstWord(args);
        for (String name : COMMANDS.containsKey(only) ? java.util.List.of(only) : COMMANDS.keySet()) {
            cl.addSubcommand(name, root.command(name));
        }
        return cl;
    }

    /** The root's model: name, help, version and the options every command inherits, bound to {@link GlobalOptions}. */
    private CommandSpec spec() {
        CommandSpec spec = CodeSpec.command(this, "atomstate",
                "Reads, updates and checks a project's plain-text planning state (.planning/STATE.md) "
                        + "without changing a byte it was not asked to change.",
                "", "Exit codes: 0 done (or nothing to do), 1 refused or check failed, 2 usage error, 3 unreadable input.",
                "Run 'atomstate COMMAND --help' for a command's options and an example.");
        spec.versionProvider(new VersionProvider());
        GlobalOptions o = options;
        spec.addOption(CodeSpec.option(new String[] {"-f", "--file"}, "PATH", Path.class,
                "The state file. Default: the nearest .planning/STATE.md from the current directory upwards, then ./STATE.md, then ./.gsd/STATE.md.",
                () -> o.file, v -> o.file = v).scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.option(new String[] {"--worklog"}, "PATH", Path.class,
                "The worklog. Default: worklog: in .atomstate.yml, else WORKLOG.md or worklog.md beside the state file or in .planning/.",
                () -> o.worklog, v -> o.worklog = v).scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.flag(new String[] {"--json"}, "Print one JSON document on stdout.", () -> o.json, v -> o.json = v)
                .scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.option(new String[] {"--now"}, "TIME", String.class,
                "ISO-8601 clock for everything the command writes (also ATOMSTATE_NOW).", () -> o.now, v -> o.now = v)
                .scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.flag(new String[] {"--dry-run"}, "Print the unified diff of what a writing command would change; write nothing.",
                () -> o.dryRun, v -> o.dryRun = v).scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.flag(new String[] {"--no-color"}, "No colour (also NO_COLOR; automatic when stdout is not a terminal).",
                () -> o.noColor, v -> o.noColor = v).scopeType(ScopeType.INHERIT).build());
        spec.addOption(CodeSpec.flag(new String[] {"--debug"}, "Show stack traces.", () -> o.debug, v -> o.debug = v)
                .scopeType(ScopeType.INHERIT).hidden(true).build());
        return spec;
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

    final GlobalOptions options;

    final Invocation inv;

    RootCommand(Invocation inv) {
        this.inv = inv;
        this.options = inv.options();
    }

    /**
     * The command {@code name}, made with this run's {@link Invocation} (every command takes it in its constructor): the
     * ones built in code with their model, the others read from their annotations.
     */
    private CommandLine command(String name) {
        return switch (name) {
            case "status" -> new CommandLine(new StatusCommand(inv).spec(), CodeSpec.FACTORY);
            case "check" -> new CommandLine(new CheckCommand(inv).spec(), CodeSpec.FACTORY);
            case "decide" -> new CommandLine(new DecideCommand(inv).spec(), CodeSpec.FACTORY);
            default -> new CommandLine(annotated(COMMANDS.get(name)), CodeSpec.FACTORY);
        };
    }

    private Object annotated(Class<?> c) {
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
