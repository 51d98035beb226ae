package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.render.CommandDoc;
import dev.atomstate.render.HelpText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;

@Command(name = "atomstate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Reads, updates and checks a project's plain-text planning state",
        description = {"Reads, updates and checks a project's plain-text planning state (.planning/STATE.md, worklogs) "
                + "without changing a byte it was not asked to change.",
                "Without a command it runs 'atomstate status' when it finds a state file, and shows a short help when it finds none."},
        footer = {"", "Exit codes: 0 done (or nothing to do), 1 refused or check failed, 2 usage error, 3 unreadable input.",
                "Run 'atomstate help COMMAND' (or 'atomstate COMMAND --help') for a command's options and an example; "
                        + "'atomstate completion bash|zsh|fish' for shell completion."})
final class RootCommand implements java.util.concurrent.Callable<Integer>, CommandLine.IHelpFactory {
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
            McpCommand.class, "mcp", AgentCommand.class, "agent", InstructionsCommand.class, "instructions",
            HelpCommand.class, "help", CompletionCommand.class, "completion");

    /**
     * The root help's command index, by what you want to do: the README's index (a test holds the two together). Made
     * when help asks for it, not when the class loads.
     */
    static List<CommandDoc.Group> groups() {
        return List.of(
                new CommandDoc.Group("Start a state file", List.of("init")),
                new CommandDoc.Group("See where you are", List.of("status", "progress", "get", "decisions", "blockers", "todos", "history", "export")),
                new CommandDoc.Group("Record work", List.of("complete-plan", "metric", "session", "log")),
                new CommandDoc.Group("Move through the plan", List.of("begin-phase", "complete-phase", "milestone")),
                new CommandDoc.Group("Keep context", List.of("decide", "block", "unblock", "todo", "set")),
                new CommandDoc.Group("Keep the file small", List.of("compact")),
                new CommandDoc.Group("See how fast work goes", List.of("velocity", "report")),
                new CommandDoc.Group("Gate CI", List.of("check")),
                new CommandDoc.Group("Work in parallel branches", List.of("git", "merge-driver", "resolve")),
                new CommandDoc.Group("Script against it", List.of("schema")),
                new CommandDoc.Group("Work with agents", List.of("mcp", "agent", "instructions")),
                new CommandDoc.Group("Find your way", List.of("help", "completion")));
    }

    /** What a bare 'atomstate' that finds no state file offers to start with. */
    private static final List<String> FIRST_COMMANDS = List.of("init", "status", "complete-plan", "decide", "check");

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
     * picocli can suggest the closest name. {@code help} sees them all too.
     */
    static CommandLine commandLine(RootCommand root, String[] args) {
        CommandLine cl = new CommandLine(root);
        Class<?> only = COMMANDS.get(firstWord(args));
        for (Class<?> c : only != null && only != HelpCommand.class ? List.<Class<?>>of(only) : COMMANDS.values()) {
            cl.addSubcommand(root.command(c));
        }
        return cl;
    }

    /**
     * The command line of one run: as {@link #commandLine}, except that a bare {@code atomstate} (no command, no help or
     * version option) registers no command at all — it runs status, or a short help (see {@link #call}) — and that
     * help pages are atomstate's own (this root is their factory; see {@link HelpLayout}).
     */
    static CommandLine forRun(RootCommand root, String[] args) {
        CommandLine cl = firstWord(args) == null && !asksForHelpOrVersion(args) ? new CommandLine(root) : commandLine(root, args);
        cl.setHelpFactory(root);
        cl.setHelpSectionKeys(List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS));
        return cl;
    }

    private static boolean asksForHelpOrVersion(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version") || a.equals("-hV") || a.equals("-Vh")) {
                return true;
            }
        }
        return false;
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

    /** The help width, worked out once per run (it may ask the terminal). */
    private Integer helpWidth;

    @Override
    public CommandLine.Help create(CommandLine.Model.CommandSpec spec, CommandLine.Help.ColorScheme colorScheme) {
        if (helpWidth == null) {
            helpWidth = HelpLayout.width(spec, inv.env(), inv.terminal());
        }
        return HelpLayout.create(spec, colorScheme, helpWidth, groups());
    }

    /**
     * A bare {@code atomstate}: the status when there is a state file (-f, the configuration's, or one found from here),
     * else a short help that says what was looked for (exit 0: nothing was asked that could fail).
     */
    @Override
    public Integer call() {
        inv.config(); // a broken configuration is an error here as everywhere, not a missing state file
        if (options.file == null) {
            try {
                inv.stateFile();
            } catch (AtomstateException e) {
                CommandLine.Model.CommandSpec all = inv.reentry().command(List.of());
                String why = Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".";
                inv.out().print(HelpText.brief(CommandDocs.of(all), FIRST_COMMANDS, why, HelpLayout.width(all, inv.env(), inv.terminal())));
                return ExitCodes.OK;
            }
        }
        return new StatusCommand(inv).call();
    }
}
