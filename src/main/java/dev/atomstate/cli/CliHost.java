package dev.atomstate.cli;

import dev.atomstate.io.StateFile;
import dev.atomstate.io.WritePause;
import dev.atomstate.mcp.McpHost;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line as the MCP server's host: commands run through the invocation's {@link Invocation.Reentry}, that is
 * {@link Cli#run} (so a tool call writes exactly what the CLI would), the command model is picocli's own, and files are found and read by an {@link Invocation}
 * as every command finds and reads them. Nothing here writes.
 */
final class CliHost implements McpHost {
    private final Invocation.Reentry reentry;

    CliHost(Invocation inv) {
        this.reentry = inv.reentry();
    }

    @Override
    public int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd) {
        return reentry.run(args, out, err, env, cwd);
    }

    /** picocli's model of the command, as the server's tools see it (the schemas come from the same definitions). */
    @Override
    public CommandShape command(List<String> path) {
        CommandLine.Model.CommandSpec spec = reentry.command(path);
        List<Arg> args = new ArrayList<>();
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            args.add(arg(fieldName(p, p.paramLabel()), null, p, p.arity().min() > 0));
        }
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            if (!o.usageHelp() && !o.versionHelp() && !o.inherited() && !o.hidden()) {
                args.add(arg(o.longestName(), o.longestName(), o, o.required()));
            }
        }
        CommandLine.Model.CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        CommandLine.Model.OptionSpec dryRun = root.findOption("--dry-run");
        return new CommandShape(String.join(" ", spec.usageMessage().description()).strip(), List.copyOf(args),
                dryRun == null ? null : arg("dry-run", "--dry-run", dryRun, false));
    }

    private static Arg arg(String name, String option, CommandLine.Model.ArgSpec a, boolean required) {
        List<String> choices = new ArrayList<>();
        if (a.type().isEnum() && a.completionCandidates() != null) {
            a.completionCandidates().forEach(choices::add);
        }
        return new Arg(name, option, kind(a), required, List.copyOf(choices), String.join(" ", a.description()).strip(), a.defaultValue());
    }

    private static Kind kind(CommandLine.Model.ArgSpec a) {
        if (a.isMultiValue()) {
            return Kind.STRINGS;
        }
        Class<?> t = a.type();
        if ((t == boolean.class || t == Boolean.class) && a.arity().max() == 0) {
            return Kind.BOOLEAN;
        }
        return t == int.class || t == Integer.class || t == long.class || t == Long.class ? Kind.INTEGER : Kind.STRING;
    }

    private static String fieldName(CommandLine.Model.ArgSpec a, String fallback) {
        return a.userObject() instanceof java.lang.reflect.Field f ? f.getName() : fallback.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Path stateFile(Path cwd, Map<String, String> env, Path file) {
        return invocation(cwd, env, file, null).stateFile();
    }

    @Override
    public Path worklog(Path cwd, Map<String, String> env, Path file, Path worklog) {
        return invocation(cwd, env, file, worklog).worklog();
    }

    @Override
    public String read(Path cwd, Map<String, String> env, Path path) {
        Invocation inv = invocation(cwd, env, null, null);
        return StateFile.read(path, inv.display(path), inv.limits()).source().text();
    }

    private static Invocation invocation(Path cwd, Map<String, String> env, Path file, Path worklog) {
        StringWriter sink = new StringWriter();
        Invocation inv = new Invocation(new PrintWriter(sink), new PrintWriter(sink), env, cwd, false, WritePause.NONE);
        inv.options().file = file;
        inv.options().worklog = worklog;
        return inv;
    }
}
