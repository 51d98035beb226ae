package dev.atomstate.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/**
 * The options every command takes (a picocli mixin of the root command, inherited by each subcommand): which files,
 * the output form, the clock, --dry-run. Plain values; {@link Invocation} resolves what they mean.
 */
final class GlobalOptions {
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
}
