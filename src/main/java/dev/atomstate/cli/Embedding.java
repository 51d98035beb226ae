package dev.atomstate.cli;

import dev.atomstate.io.StateFile;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.List;

/**
 * What an adapter that embeds the command line (the MCP server) may use besides {@link Cli#run}: picocli's model
 * of a command, so that the adapter derives its schemas from the same option definitions, and the CLI's own way
 * of finding and reading the planning files. Nothing here writes; every write goes through {@link Cli#run}.
 */
public final class Embedding {
    private Embedding() {
    }

    /** picocli's model of the command {@code path} (e.g. {@code ["todo", "add"]}), with the root's inherited options. */
    public static CommandLine.Model.CommandSpec command(List<String> path) {
        CommandLine cl = RootCommand.commandLine(new RootCommand(new Cli.Context(null, null, java.util.Map.of(), Path.of("."), false)),
                path.toArray(String[]::new));
        for (String name : path) {
            cl = cl.getSubcommands().get(name);
            if (cl == null) {
                throw new IllegalArgumentException("no command " + String.join(" ", path));
            }
        }
        return cl.getCommandSpec();
    }

    /** The state file the CLI would use in {@code ctx} with {@code -f file} (null: discovery); refused like the CLI. */
    public static Path stateFile(Cli.Context ctx, Path file) {
        return CommandSupport.stateFile(root(ctx, file, null));
    }

    /** The worklog the CLI would read, or null when there is none. */
    public static Path worklog(Cli.Context ctx, Path file, Path worklog) {
        return WorklogSupport.find(root(ctx, file, worklog));
    }

    /** The text of {@code path} as the CLI reads it (size cap, encodings, one-line refusals). */
    public static String read(Cli.Context ctx, Path path) {
        RootCommand root = root(ctx, null, null);
        return StateFile.read(path, CommandSupport.display(root, path), CommandSupport.limits(root)).source().text();
    }

    /** The path as the CLI shows it in {@code ctx}: relative to the working directory when below it. */
    public static String display(Cli.Context ctx, Path path) {
        return CommandSupport.display(root(ctx, null, null), path);
    }

    private static RootCommand root(Cli.Context ctx, Path file, Path worklog) {
        RootCommand root = new RootCommand(ctx);
        root.file = file;
        root.worklog = worklog;
        return root;
    }
}
