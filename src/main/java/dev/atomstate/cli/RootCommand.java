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
        subcommands = {InitCommand.class, StatusCommand.class, CheckCommand.class, CompletePlanCommand.class, DecideCommand.class,
                BeginPhaseCommand.class, CompletePhaseCommand.class, BlockCommand.class, UnblockCommand.class, TodoCommand.class,
                SessionCommand.class, MetricCommand.class, MilestoneCommand.class, GetCommand.class, SetCommand.class, ProgressCommand.class,
                DecisionsCommand.class, BlockersCommand.class, TodosCommand.class, HistoryCommand.class, LogCommand.class,
                ExportCommand.class, SchemaCommand.class},
        footer = {"", "Exit codes: 0 done (or nothing to do), 1 refused or check failed, 2 usage error, 3 unreadable input.",
                "Run 'atomstate COMMAND --help' for a command's options and an example."})
final class RootCommand implements java.util.concurrent.Callable<Integer> {
    final Cli.Context ctx;

    RootCommand(Cli.Context ctx) {
        this.ctx = ctx;
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
