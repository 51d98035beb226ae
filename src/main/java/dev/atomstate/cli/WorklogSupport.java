package dev.atomstate.cli;

import dev.atomstate.app.Change;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.WorklogParser;

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
        return WorklogParser.parse(CommandSupport.display(root, path), StateFile.read(path).source().text());
    }

    /**
     * Writes through the state files' flow (lock, validate, atomic move). A worklog that does not exist yet is
     * first validated on empty text, then created empty (never overwriting one made meanwhile) and written.
     */
    static int write(RootCommand root, String kind, Path path, Function<ParsedWorklog, Change> compute) {
        if (!Files.exists(path)) {
            compute.apply(WorklogParser.parse(CommandSupport.display(root, path), ""));
            if (root.dryRun) {
                throw AtomstateException.refused(CommandSupport.display(root, path) + ": does not exist yet; run without --dry-run to create it");
            }
            try {
                Files.createFile(path);
            } catch (FileAlreadyExistsException e) {
                // made meanwhile: write into it like into any existing worklog
            } catch (IOException e) {
                throw AtomstateException.input(CommandSupport.display(root, path) + ": cannot create the worklog (" + e.getMessage() + ")");
            }
        }
        return CommandSupport.write(root, kind, path, WorklogParser::parse, compute);
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
