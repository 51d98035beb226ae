package dev.atomstate.cli;

import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.worklog.WorklogChecker;
import dev.atomstate.check.worklog.WorklogRule;
import dev.atomstate.edit.Change;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.WorklogParser;
import dev.atomstate.query.worklog.Entries;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the worklog commands share: finding the worklog, reading it, writing it, and entries as JSON. */
final class WorklogSupport {
    private WorklogSupport() {
    }

    static final List<String> NAMES = List.of("WORKLOG.md", "worklog.md");

    /** --worklog, else {@code worklog:} of the config, else a WORKLOG.md / worklog.md found; null when there is none. */
    static Path find(RootCommand root) {
        Path cwd = root.ctx.cwd();
        if (root.worklog != null) {
            return cwd.resolve(root.worklog);
        }
        Path configured = CommandSupport.config(root).worklog();
        if (configured != null) {
            return configured;
        }
        List<Path> dirs = new ArrayList<>();
        Path state = stateFileOrNull(root);
        if (state != null && state.toAbsolutePath().getParent() != null) {
            dirs.add(state.toAbsolutePath().getParent());
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            dirs.add(dir.resolve(".planning"));
        }
        dirs.add(cwd);
        for (Path dir : dirs) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Path stateFileOrNull(RootCommand root) {
        try {
            return CommandSupport.stateFile(root);
        } catch (AtomstateException e) {
            return null;
        }
    }

    /** The worklog to read; refused with what was looked for when there is none. */
    static Path existing(RootCommand root) {
        Path p = find(root);
        if (p == null) {
            throw AtomstateException.input("no worklog found (looked for WORKLOG.md and worklog.md beside the state file, in .planning/ "
                    + "and here); pass --worklog PATH or set 'worklog:' in .atomstate.yml");
        }
        return p;
    }

    /** The worklog to write: the one found, else a new WORKLOG.md beside the state file. */
    static Path forWriting(RootCommand root) {
        Path p = find(root);
        if (p != null) {
            return p;
        }
        Path state = stateFileOrNull(root);
        if (state == null) {
            throw AtomstateException.input("no worklog found and no state file to put one beside; pass --worklog PATH");
        }
        return state.toAbsolutePath().getParent().resolve("WORKLOG.md");
    }

    static ParsedWorklog read(RootCommand root, Path path) {
        return WorklogParser.parse(CommandSupport.display(root, path), StateFile.read(path, CommandSupport.display(root, path), CommandSupport.limits(root)).source().text());
    }

    /**
     * Writes through the state files' flow (lock, validate, atomic move) and prints the result. A worklog that
     * does not exist yet is shown as created from nothing with --dry-run.
     */
    static int write(RootCommand root, String kind, Path path, Function<ParsedWorklog, Change> compute) {
        CommandSupport.Outcome outcome = update(root, path, compute);
        if (root.json) {
            Json.print(root.ctx.out(), CommandSupport.resultJson(root, kind, path, outcome));
        } else {
            CommandSupport.printResult(root, path, outcome);
        }
        return ExitCodes.OK;
    }

    /**
     * {@link CommandSupport#update} for a worklog. A missing worklog is validated on empty text, then created
     * empty (never replacing one made meanwhile) and written; if that write fails, the empty file made for it is
     * removed again, so a failed command leaves nothing behind.
     */
    static CommandSupport.Outcome update(RootCommand root, Path path, Function<ParsedWorklog, Change> compute) {
        if (!Files.exists(path) && root.dryRun) {
            Change change = compute.apply(WorklogParser.parse(CommandSupport.display(root, path), ""));
            return new CommandSupport.Outcome("", change.apply(""), change, false);
        }
        boolean created = createIfMissing(root, path, compute);
        try {
            return CommandSupport.update(root, path, WorklogParser::parse, compute);
        } catch (RuntimeException e) {
            if (created) {
                removeIfEmpty(path);
            }
            throw e;
        }
    }

    private static void removeIfEmpty(Path path) {
        try {
            if (Files.size(path) == 0) {
                Files.delete(path);
            }
        } catch (IOException ignored) {
            // best effort: an empty worklog is harmless, and the error being reported matters more
        }
    }

    /** Validates the change on empty text before creating an empty worklog, so a refused command creates nothing. */
    /** True when this call created the (empty) file. */
    private static boolean createIfMissing(RootCommand root, Path path, Function<ParsedWorklog, Change> compute) {
        if (Files.exists(path)) {
            return false;
        }
        compute.apply(WorklogParser.parse(CommandSupport.display(root, path), ""));
        try {
            Files.createFile(path);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false; // made meanwhile: write into it like into any existing worklog
        } catch (IOException e) {
            throw AtomstateException.input(CommandSupport.display(root, path) + ": cannot create the worklog (" + e.getMessage() + ")");
        }
    }

    /** check: a file named like a worklog (WORKLOG.md, JOURNAL.md, DEVLOG.md), or the one --worklog / the config names. */
    static boolean isWorklog(RootCommand root, Path file) {
        Path configured = root.worklog != null ? root.ctx.cwd().resolve(root.worklog) : CommandSupport.config(root).worklog();
        if (configured != null && configured.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            return true;
        }
        return WorklogChecker.looksLikeWorklog(file.getFileName().toString());
    }

    /** check without paths: the state file, and the worklog when --worklog or the config names one. */
    static List<Path> withConfiguredWorklog(RootCommand root, Path stateFile) {
        Path configured = root.worklog != null ? root.ctx.cwd().resolve(root.worklog) : CommandSupport.config(root).worklog();
        return configured == null ? List.of(stateFile) : List.of(stateFile, configured);
    }

    static List<Diagnostic> check(RootCommand root, Path file) {
        var ctx = new WorklogRule.Context(CommandSupport.now(root), WorklogChecker.staleAfter(CommandSupport.config(root).worklogStaleAfter()));
        return WorklogChecker.check(read(root, file), ctx);
    }

    /** For status: the worklog found and read, or null when there is none (or it cannot be read: status still answers). */
    private static ParsedWorklog forStatus(RootCommand root) {
        Path p = find(root);
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return read(root, p);
        } catch (AtomstateException e) {
            return null;
        }
    }

    /** status: one line with the newest entry, when there is a worklog with entries. */
    static void printLatest(RootCommand root) {
        ParsedWorklog w = forStatus(root);
        ParsedEntry newest = w == null ? null : Entries.newest(w);
        if (newest != null) {
            root.ctx.out().println("Worklog   " + oneLine(newest.entry()));
        }
    }

    /** status --json: {@code worklog.{file,entries,latest}}; absent without a worklog. */
    static void putLatest(RootCommand root, Map<String, Object> doc) {
        ParsedWorklog w = forStatus(root);
        if (w != null) {
            ParsedEntry newest = Entries.newest(w);
            doc.put("worklog", ModelJson.obj("file", w.fileName(), "entries", w.entries().size(),
                    "latest", newest == null ? null : json(Entries.number(w, newest), newest.entry())));
        }
    }

    static Map<String, Object> json(int number, WorklogEntry e) {
        List<Object> other = new ArrayList<>();
        for (WorklogEntry.Part p : e.other()) {
            other.add(ModelJson.obj("label", p.label(), "text", p.text()));
        }
        return ModelJson.obj("number", number, "line", e.line(), "timestamp", e.timestamp(), "timestampText", e.timestampText(),
                "end", e.end(), "objective", e.objective(), "steps", e.steps(), "results", e.results(), "status", e.status().id(),
                "other", other);
    }

    static List<Object> problems(ParsedWorklog w) {
        List<Object> out = new ArrayList<>();
        for (ParseProblem p : w.problems()) {
            out.add(ModelJson.obj("rule", p.rule(), "line", p.line(), "message", p.message()));
        }
        return out;
    }

    /** One line: when, status, what. */
    static String oneLine(WorklogEntry e) {
        String when = e.timestampText() != null ? e.timestampText() : "(no date)";
        return when + " · " + e.status().id() + " · " + (e.objective() != null ? e.objective() : "(no objective)");
    }
}
