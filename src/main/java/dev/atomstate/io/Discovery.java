package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Which files a run works on: the state file (-f, the configuration, else the nearest .planning/STATE.md), the
 * worklog (--worklog, the configuration, else a WORKLOG.md near the state file), and the files check is given
 * (folders are searched for STATE.md). Paths from options are resolved against the working directory; configured
 * ones come resolved already.
 */
public final class Discovery {
    private Discovery() {
    }

    public static final List<String> WORKLOG_NAMES = List.of("WORKLOG.md", "worklog.md");

    /**
     * {@code option} (-f), else {@code configured} (state: of the config, asked only without -f), else the nearest
     * .planning/STATE.md upwards, else ./STATE.md, else ./.gsd/STATE.md.
     */
    public static Path stateFile(Path cwd, Path option, Supplier<Path> configuredState) {
        if (option != null) {
            return cwd.resolve(option);
        }
        Path configured = configuredState.get();
        if (configured != null) {
            return configured;
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(".planning").resolve("STATE.md");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        for (Path candidate : new Path[] {cwd.resolve("STATE.md"), cwd.resolve(".gsd").resolve("STATE.md")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw AtomstateException.input("no state file found (looked for .planning/STATE.md from " + cwd
                + " upwards, ./STATE.md and ./.gsd/STATE.md); run 'atomstate init' to create one, or pass -f PATH");
    }

    /**
     * {@code option} (--worklog), else {@code configured} (worklog: of the config), else a WORKLOG.md / worklog.md
     * beside the state file, in .planning/ from {@code cwd} upwards, or in {@code cwd}; null when there is none.
     * {@code stateFile} gives the state file, or null when there is none; it is asked only when needed.
     */
    public static Path worklog(Path cwd, Path option, Path configured, Supplier<Path> stateFile) {
        if (option != null) {
            return cwd.resolve(option);
        }
        if (configured != null) {
            return configured;
        }
        List<Path> dirs = new ArrayList<>();
        Path state = stateFile.get();
        if (state != null && state.toAbsolutePath().getParent() != null) {
            dirs.add(state.toAbsolutePath().getParent());
        }
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            dirs.add(dir.resolve(".planning"));
        }
        dirs.add(cwd);
        for (Path dir : dirs) {
            for (String name : WORKLOG_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** Where a new worklog goes: WORKLOG.md beside the state file. */
    public static Path newWorklogBeside(Path stateFile) {
        return stateFile.toAbsolutePath().getParent().resolve(WORKLOG_NAMES.get(0));
    }

    /** The files check was given: each file as is, each folder searched for STATE.md files (not in node_modules or .git), sorted. */
    public static List<Path> checkFiles(Path cwd, List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            Path abs = cwd.resolve(p);
            if (Files.isDirectory(abs)) {
                try (Stream<Path> walk = Files.walk(abs)) {
                    walk.filter(f -> f.getFileName().toString().equals("STATE.md") && Files.isRegularFile(f))
                            .filter(f -> !f.toString().contains("/node_modules/") && !f.toString().contains("/.git/"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw AtomstateException.input(p + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                files.add(abs);
            }
        }
        if (files.isEmpty()) {
            throw AtomstateException.input("no STATE.md found under " + paths + "; pass the files to check");
        }
        return files;
    }

    /** A worklog to check: the one the options or the configuration name, or a file named like one (WORKLOG.md, JOURNAL.md, DEVLOG.md). */
    public static boolean isWorklog(Path file, Path named) {
        if (named != null && named.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            return true;
        }
        return looksLikeWorklog(file.getFileName().toString());
    }

    /** True for file names that say worklog, journal or devlog (WORKLOG.md, DEVLOG.md, work-log.md). */
    public static boolean looksLikeWorklog(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.matches(".*(work[-_ ]?log|journal|dev[-_ ]?log).*\\.(md|markdown|txt)");
    }
}
