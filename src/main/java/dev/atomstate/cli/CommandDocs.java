package dev.atomstate.cli;

import dev.atomstate.render.CommandDoc;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * picocli's model of a command as a {@link CommandDoc}, for the help pages, {@code help --json} and the completion
 * scripts: texts formatted as picocli formats them ({@code %%} → {@code %}), hidden options and commands left out, a
 * subcommand's inherited options left to the root (where they are described once).
 */
final class CommandDocs {
    private CommandDocs() {
    }

    /**
     * Commands that can write a file (always, or with an option such as --fix, -o or --write): the global --dry-run applies
     * to them, so their help names it. A test holds this to the commands whose code writes.
     */
    static final Set<String> WRITING = Set.of("init", "complete-plan", "decide", "begin-phase", "complete-phase", "block",
            "unblock", "todo add", "todo done", "session", "metric", "milestone start", "milestone complete", "set", "progress",
            "log add", "log result", "compact", "report", "check", "merge-driver", "resolve", "git setup", "git unsetup",
            "agent install", "agent uninstall", "instructions");

    static CommandDoc of(CommandSpec spec) {
        List<CommandDoc.Param> params = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                params.add(new CommandDoc.Param(p.paramLabel(), p.arity().min() == 0, p.arity().max() > 1, text(p.description()),
                        values(p.completionCandidates()), isPath(p.typeInfo().getAuxiliaryTypes(), p.type())));
            }
        }
        List<CommandDoc.Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden() || o.inherited()) {
                continue;
            }
            String label = o.arity().max() == 0 ? null : o.paramLabel();
            options.add(new CommandDoc.Option(List.of(o.names()), label, text(o.description()), label == null ? List.of() : values(o.completionCandidates()),
                    label != null && isPath(o.typeInfo().getAuxiliaryTypes(), o.type()), o.required()));
        }
        List<CommandDoc> subs = new ArrayList<>();
        Set<CommandSpec> seen = new LinkedHashSet<>();
        for (CommandLine sub : spec.subcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            if (!s.usageMessage().hidden() && seen.add(s)) {
                subs.add(of(s));
            }
        }
        String path = spec.qualifiedName(" ");
        String local = path.contains(" ") ? path.substring(path.indexOf(' ') + 1) : "";
        boolean writes = WRITING.contains(local) || subs.stream().anyMatch(CommandDoc::writes);
        List<String> description = new ArrayList<>();
        for (String d : spec.usageMessage().description()) {
            description.addAll(format(d).lines().toList());
        }
        List<String> footer = new ArrayList<>();
        for (String f : spec.usageMessage().footer()) {
            footer.addAll(f.isEmpty() ? List.of("") : format(f).lines().toList());
        }
        String header = spec.usageMessage().header().length > 0 ? text(spec.usageMessage().header()) : description.isEmpty() ? "" : description.get(0);
        return new CommandDoc(List.of(path.split(" ")), header, List.copyOf(description), List.copyOf(params), List.copyOf(options),
                List.copyOf(subs), List.copyOf(footer), writes);
    }

    /** Lines of a description, formatted and joined (picocli's descriptions are format strings). */
    private static String text(String[] lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(format(l).replace('\n', ' ').strip());
        }
        return String.join(" ", out);
    }

    private static String format(String s) {
        try {
            return String.format(s).replace(System.lineSeparator(), "\n");
        } catch (IllegalFormatException e) {
            return s;
        }
    }

    private static List<String> values(Iterable<String> candidates) {
        List<String> out = new ArrayList<>();
        if (candidates != null) {
            candidates.forEach(out::add);
        }
        return List.copyOf(out);
    }

    private static boolean isPath(Class<?>[] aux, Class<?> type) {
        Class<?> t = aux != null && aux.length > 0 ? aux[0] : type;
        return Path.class.isAssignableFrom(t) || java.io.File.class.equals(t);
    }
}
