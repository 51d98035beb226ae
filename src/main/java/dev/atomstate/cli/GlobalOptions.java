package dev.atomstate.cli;

import java.nio.file.Path;

/**
 * The options every command takes (declared on the root, see {@link RootCommand}, and inherited by each command):
 * which files, the output form, the clock, --dry-run. Plain values; {@link Invocation} resolves what they mean.
 */
final class GlobalOptions {
    Path file;

    // worklogs (issue 6)
    Path worklog;

    boolean json;

    String now;

    boolean dryRun;

    boolean noColor;

    boolean debug;
}
