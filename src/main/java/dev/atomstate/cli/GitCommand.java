package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.edit.Change;
import dev.atomstate.app.merge.GitAttributes;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.io.GitRepo;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.StateUpdate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "git", mixinStandardHelpOptions = true,
        header = "Set up atomstate as git's merge driver (or remove it)",
        description = "Set up (or remove) atomstate as git's merge driver for STATE.md and worklogs.",
        subcommands = {GitCommand.Setup.class, GitCommand.Unsetup.class},
        footer = {"", "Example:", "  atomstate git setup", "  atomstate git setup --global --dry-run", "  atomstate git unsetup"})
final class GitCommand implements Callable<Integer> {
    final Invocation inv;

    GitCommand(Invocation inv) {
        this.inv = inv;
    }

    static final String NAME_KEY = "merge." + GitAttributes.DRIVER + ".name";
    static final String DRIVER_KEY = "merge." + GitAttributes.DRIVER + ".driver";
    static final String NAME = "atomstate: merges STATE.md and worklogs by their structure";

    @Override
    public Integer call() {
        inv.err().println("atomstate: 'git' needs 'setup' or 'unsetup' (see 'atomstate git --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "setup", mixinStandardHelpOptions = true,
            header = "Register the merge driver for STATE.md and worklogs",
            description = "Write the .gitattributes lines (STATE.md and the worklogs merge=atomstate) and the "
                    + "merge.atomstate.{name,driver} config. Run again, it changes nothing.",
            footer = {"", "Example:", "  atomstate git setup", "  atomstate git setup --global --dry-run --json"})
    static final class Setup implements Callable<Integer> {
        @ParentCommand
        GitCommand git;

        @Option(names = "--global", description = "The user's git config and global attributes file instead of this repository's.")
        boolean global;

        @Option(names = "--command", paramLabel = "CMD", description = "How git starts atomstate; default: atomstate if it is on the PATH, else this launcher's full path.")
        String command;

        @Override
        public Integer call() {
            Invocation inv = git.inv;
            GitRepo repo = new GitRepo(inv.cwd(), inv.env());
            Path attributes = attributesFile(repo, global);
            String driver = GitAttributes.driverCommand(command != null ? command : executable(inv));
            List<String> patterns = new ArrayList<>(List.of("STATE.md", "WORKLOG.md"));
            Path worklog = inv.config().worklog();
            if (!global && worklog != null && !patterns.contains(worklog.getFileName().toString())) {
                Path top = repo.topLevel().toAbsolutePath().normalize();
                Path w = worklog.toAbsolutePath().normalize();
                patterns.add(w.startsWith(top) ? "/" + top.relativize(w).toString().replace(File.separatorChar, '/') : w.getFileName().toString());
            }
            String before = read(attributes);
            Change change = GitAttributes.setup(before, patterns);
            List<String> changes = new ArrayList<>(change.notes());
            Map<String, String> config = new LinkedHashMap<>();
            config.put(NAME_KEY, NAME);
            config.put(DRIVER_KEY, driver);
            boolean configChanged = false;
            for (Map.Entry<String, String> e : config.entrySet()) {
                if (!e.getValue().equals(repo.config(global, e.getKey()))) {
                    configChanged = true;
                    changes.add("git config " + (global ? "--global " : "") + e.getKey() + " '" + e.getValue() + "'");
                    if (!inv.dryRun()) {
                        repo.setConfig(global, e.getKey(), e.getValue());
                    }
                }
            }
            boolean written = !inv.dryRun() && !change.isNoop() && write(inv, attributes, before, change.apply(before == null ? "" : before));
            return report(inv, "git-setup", attributes, before, change, changes, configChanged, written, config);
        }
    }

    @Command(name = "unsetup", mixinStandardHelpOptions = true,
            header = "Remove the merge driver again",
            description = "Remove what 'git setup' wrote: the merge=atomstate lines of .gitattributes and the merge.atomstate config.",
            footer = {"", "Example:", "  atomstate git unsetup", "  atomstate git unsetup --global"})
    static final class Unsetup implements Callable<Integer> {
        @ParentCommand
        GitCommand git;

        @Option(names = "--global", description = "The user's git config and global attributes file.")
        boolean global;

        @Override
        public Integer call() {
            Invocation inv = git.inv;
            GitRepo repo = new GitRepo(inv.cwd(), inv.env());
            Path attributes = attributesFile(repo, global);
            String before = read(attributes);
            Change change = GitAttributes.unsetup(before);
            List<String> changes = new ArrayList<>(change.isNoop() ? List.of() : change.notes());
            boolean configChanged = repo.config(global, NAME_KEY) != null || repo.config(global, DRIVER_KEY) != null;
            if (configChanged) {
                changes.add("git config " + (global ? "--global " : "") + "--remove-section merge." + GitAttributes.DRIVER);
                if (!inv.dryRun()) {
                    repo.removeSection(global, "merge." + GitAttributes.DRIVER);
                }
            }
            boolean written = !inv.dryRun() && !change.isNoop() && write(inv, attributes, before, change.apply(before));
            return report(inv, "git-unsetup", attributes, before, change, changes, configChanged, written, Map.of());
        }
    }

    /** The repository's .gitattributes at the top of its work tree, or with --global the user's attributes file. */
    private static Path attributesFile(GitRepo repo, boolean global) {
        return global ? repo.globalAttributes() : repo.topLevel().resolve(".gitattributes");
    }

    private static String read(Path attributes) {
        if (!Files.isRegularFile(attributes)) {
            return null;
        }
        return StateFile.read(attributes, attributes.toString(), dev.atomstate.io.IoLimits.DEFAULTS).source().text();
    }

    private static boolean write(Invocation inv, Path attributes, String before, String after) {
        if (before == null) {
            StateFile.create(attributes, after.getBytes(StandardCharsets.UTF_8));
            return true;
        }
        var source = StateFile.read(attributes, attributes.toString(), inv.limits()).source();
        byte[] bytes = source.encode(after);
        return StateUpdate.update(attributes, inv.display(attributes), inv.limits(), current -> bytes).written();
    }

    private static int report(Invocation inv, String kind, Path attributes, String before, Change change, List<String> changes,
                              boolean configChanged, boolean written, Map<String, String> config) {
        String shown = inv.display(attributes);
        boolean changed = !change.isNoop() || configChanged;
        String diff = change.isNoop() ? "" : UnifiedDiff.diff(before == null ? "/dev/null" : "a/" + shown, "b/" + shown,
                before == null ? "" : before, change.apply(before == null ? "" : before));
        if (inv.json()) {
            Map<String, Object> doc = Json.document(kind);
            doc.put("file", shown);
            doc.put("changed", changed);
            doc.put("written", written);
            doc.put("dryRun", inv.dryRun());
            doc.put("summary", changed ? (kind.equals("git-setup") ? "set up" : "removed") : "nothing to change");
            doc.put("config", config);
            doc.put("changes", changes);
            if (inv.dryRun()) {
                doc.put("diff", diff);
            }
            Json.print(inv.out(), doc);
            return ExitCodes.OK;
        }
        if (!changed) {
            inv.out().println(kind.equals("git-setup") ? "already set up (" + shown + " and git config); nothing changed"
                    : "atomstate is not set up here; nothing changed");
            return ExitCodes.OK;
        }
        if (inv.dryRun()) {
            inv.out().print(dev.atomstate.render.Safe.lines(diff));
            changes.stream().filter(c -> c.startsWith("git config")).forEach(inv.out()::println);
            return ExitCodes.OK;
        }
        inv.out().println((kind.equals("git-setup") ? "set up the atomstate merge driver" : "removed the atomstate merge driver") + " (" + shown + ")");
        changes.forEach(c -> inv.out().println("  " + c));
        return ExitCodes.OK;
    }

    /** "atomstate" when it is on the PATH, else the launcher beside the running jar, else "atomstate". */
    static String executable(Invocation inv) {
        String path = inv.env().getOrDefault("PATH", System.getenv("PATH"));
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "atomstate"))) {
                    return "atomstate";
                }
            }
        }
        Path jar = OwnJar.path();
        Path launcher = jar == null || jar.getParent() == null ? null : jar.getParent().resolve("atomstate");
        if (launcher != null && Files.isExecutable(launcher)) {
            return "'" + launcher.toAbsolutePath().toString().replace("'", "'\\''") + "'";
        }
        return "atomstate"; // no jar to go by: the PATH name
    }
}
