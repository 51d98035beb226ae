package dev.atomstate.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The commands hooks run on every prompt or edit ({@code status}, {@code check}, {@code decide}, a bare
 * {@code atomstate}, the agents' {@code agent guard} and {@code agent context}), bound to their arguments without picocli when the arguments are plain: building picocli's model
 * of even one command costs about 50 ms of a cold run (reflection and an annotation proxy per option), more than
 * reading, parsing and checking a 300-line file. Anything this binder does not fully understand — help, version, a
 * repeated or unknown option, {@code --}, an {@code @file}, a value that starts with a dash, an attached short
 * option, a missing or extra parameter — is left to picocli ({@link #bind} returns null), so every error message,
 * help page and corner of picocli's grammar stays picocli's own. {@code DirectCommandsTest} holds the two together:
 * for every argument list this binder accepts, picocli accepts it too and sets the very same fields.
 *
 * <p>The options are the ones declared on {@link GlobalOptions} and on each command class; a new option on one of
 * these commands is unknown here until it is added below, which only means picocli parses that run (slower, never
 * wrong).
 */
final class DirectCommands {
    private DirectCommands() {
    }

    /** The command {@code args} ask for, with its fields and the root options set; null when picocli must parse them. */
    static Callable<Integer> bind(String[] args, Invocation inv) {
        Binding b = new Binding(inv);
        String name = null;
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@' || a.equals("--")) {
                return null;
            }
            if (a.charAt(0) != '-') {
                if (name == null) {
                    name = a;
                } else {
                    positionals.add(a);
                }
                continue;
            }
            String option = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                option = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name == null && COMMAND_OPTIONS.contains(option)) {
                return null; // a command's option before the command: picocli refuses it at the root
            }
            if (!b.seen.add(option.equals("-f") ? "--file" : option)) {
                return null; // picocli refuses an option given twice; let it say so
            }
            if (takesValue(option)) {
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].isEmpty() || args[i + 1].charAt(0) == '-' || args[i + 1].charAt(0) == '@'
                            || COMMAND_NAMES.contains(args[i + 1]) || AGENT_COMMAND_NAMES.contains(args[i + 1])) {
                        return null; // picocli takes none of these for an option's value
                    }
                    value = args[++i];
                }
                if (!b.value(option, value)) {
                    return null;
                }
            } else if (value != null || !b.flag(option)) {
                return null;
            }
        }
        Callable<Integer> command = name == null ? b.root(positionals) : b.command(name, positionals);
        if (command != null) {
            b.applyRootOptions(); // only now: a declined run leaves the options as picocli must find them
        }
        return command;
    }

    private static boolean takesValue(String option) {
        switch (option) {
            case "-f": case "--file": case "--worklog": case "--now":
            case "--format": case "--fail-on": case "--explain":
            case "--phase": case "--rationale":
                return true;
            default:
                return false;
        }
    }

    /** The options seen so far; the command's own options are applied once its name is known. */
    private static final class Binding {
        final Invocation inv;
        /** The root options seen, kept apart from the invocation's until the binder has accepted the whole line. */
        final GlobalOptions global = new GlobalOptions();
        final Set<String> seen = new HashSet<>();
        boolean full;
        boolean line;
        boolean fix;
        boolean listRules;
        String format;
        String failOn;
        String explain;
        String phase;
        String rationale;

        Binding(Invocation inv) {
            this.inv = inv;
        }

        void applyRootOptions() {
            GlobalOptions o = inv.options();
            o.file = global.file;
            o.worklog = global.worklog;
            o.json = global.json;
            o.now = global.now;
            o.dryRun = global.dryRun;
            o.noColor = global.noColor;
            o.debug = global.debug;
        }

        boolean flag(String option) {
            switch (option) {
                case "--json": global.json = true; return true;
                case "--dry-run": global.dryRun = true; return true;
                case "--no-color": global.noColor = true; return true;
                case "--debug": global.debug = true; return true;
                case "--full": full = true; return true;
                case "--line": line = true; return true;
                case "--fix": fix = true; return true;
                case "--list-rules": listRules = true; return true;
                default: return false;
            }
        }

        boolean value(String option, String value) {
            switch (option) {
                case "-f": case "--file": global.file = path(value); return global.file != null;
                case "--worklog": global.worklog = path(value); return global.worklog != null;
                case "--now": global.now = value; return true;
                case "--format": format = value; return true;
                case "--fail-on": failOn = value; return true;
                case "--explain": explain = value; return true;
                case "--phase": phase = value; return true;
                case "--rationale": rationale = value; return true;
                default: return false;
            }
        }

        /** Whether the command options given are all among {@code allowed} (another command's option: picocli refuses it). */
        private boolean onlyOptions(String... allowed) {
            for (String s : seen) {
                if (COMMAND_OPTIONS.contains(s) && !List.of(allowed).contains(s)) {
                    return false;
                }
            }
            return true;
        }

        /** A bare {@code atomstate} with only root options: status, or the short help (see {@link RootCommand#call}). */
        Callable<Integer> root(List<String> positionals) {
            return positionals.isEmpty() && onlyOptions() ? new RootCommand(inv) : null;
        }

        Callable<Integer> command(String name, List<String> positionals) {
            switch (name) {
                case "status": {
                    if (!positionals.isEmpty() || !onlyOptions("--full", "--line")) {
                        return null;
                    }
                    StatusCommand c = new StatusCommand(inv);
                    c.full = full;
                    c.line = line;
                    return c;
                }
                case "check": {
                    if (!onlyOptions("--fix", "--list-rules", "--format", "--fail-on", "--explain")) {
                        return null;
                    }
                    CheckCommand c = new CheckCommand(inv);
                    CheckCommand.Format f = format == null ? c.format : constant(CheckCommand.Format.values(), format);
                    CheckCommand.FailOn o = failOn == null ? c.failOn : constant(CheckCommand.FailOn.values(), failOn);
                    if (f == null || o == null) {
                        return null;
                    }
                    for (String p : positionals) {
                        Path path = path(p);
                        if (path == null) {
                            return null;
                        }
                        c.paths.add(path);
                    }
                    c.format = f;
                    c.failOn = o;
                    c.fix = fix;
                    c.listRules = listRules;
                    c.explain = explain;
                    return c;
                }
                case "decide": {
                    if (positionals.size() != 1 || !onlyOptions("--phase", "--rationale")) {
                        return null;
                    }
                    DecideCommand c = new DecideCommand(inv);
                    c.text = positionals.get(0);
                    c.phase = phase;
                    c.rationale = rationale;
                    return c;
                }
                case "agent": {
                    // the agents' hooks: the guard runs before every edit an agent makes, the context at every session start
                    if (positionals.size() != 2 || !onlyOptions()) {
                        return null;
                    }
                    AgentCommand agent = new AgentCommand(inv);
                    switch (positionals.get(0)) {
                        case "guard": {
                            AgentCommand.Guard c = new AgentCommand.Guard();
                            c.agent = agent;
                            c.client = positionals.get(1);
                            return c;
                        }
                        case "context": {
                            AgentCommand.Context c = new AgentCommand.Context();
                            c.agent = agent;
                            c.client = positionals.get(1);
                            return c;
                        }
                        default:
                            return null;
                    }
                }
                default:
                    return null;
            }
        }
    }

    /**
     * Every command's name ({@code RootCommand.COMMANDS}' keys, which a test holds equal): picocli does not take a
     * command's name for an option's value. Written out so that a hook run does not load every command class.
     */
    static final Set<String> COMMAND_NAMES = Set.of("init", "status", "check", "complete-plan", "decide", "begin-phase",
            "complete-phase", "block", "unblock", "todo", "session", "metric", "milestone", "get", "set", "progress", "decisions",
            "blockers", "todos", "history", "log", "compact", "velocity", "report", "export", "schema", "merge-driver", "resolve",
            "git", "mcp", "agent", "instructions", "help", "completion");

    /** The agent command's own commands (AgentCommand's subcommands, which a test holds equal). */
    static final Set<String> AGENT_COMMAND_NAMES = Set.of("install", "uninstall", "guard", "context");

    /** Options that belong to one of the commands above rather than to the root. */
    private static final Set<String> COMMAND_OPTIONS = Set.of("--full", "--line", "--fix", "--list-rules", "--format", "--fail-on",
            "--explain", "--phase", "--rationale");

    /** The constant named {@code value} regardless of case (the command line allows case-insensitive enum values), or null. */
    private static <E extends Enum<E>> E constant(E[] constants, String value) {
        E found = null;
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(value)) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** picocli's Path converter, or null where it would refuse the value (picocli then says why). */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
