package dev.atomstate.cli;

import dev.atomstate.app.StateGuards;
import dev.atomstate.config.Config;
import dev.atomstate.config.ConfigLoader;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.io.IoLimits;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** What the commands share: finding the state file, the clock, reading, and the validate-then-write-once flow. */
final class CommandSupport {
    private CommandSupport() {
    }

    /** The merged configuration (.atomstate.yml over the user's file), read once per run. */
    static Config config(RootCommand root) {
        if (root.config == null) {
            root.config = ConfigLoader.load(root.ctx.cwd(), root.ctx.env());
        }
        return root.config;
    }

    /** The clock, size budget and severities of this run for check rules (add the file's neighbours with {@code with}). */
    static dev.atomstate.check.CheckContext checkContext(RootCommand root) {
        Config config = config(root);
        int lines = config.maxLines() != null ? config.maxLines() : dev.atomstate.check.CheckContext.DEFAULT_MAX_LINES;
        long bytes = config.maxBytes() != null ? config.maxBytes() : dev.atomstate.check.CheckContext.DEFAULT_MAX_BYTES;
        return new dev.atomstate.check.CheckContext(now(root).toLocalDate(), lines, bytes, config::severity, null);
    }

    /** -f, else `state:` of the config, else the nearest .planning/STATE.md upwards, else ./STATE.md, else ./.gsd/STATE.md. */
    static Path stateFile(RootCommand root) {
        Path cwd = root.ctx.cwd();
        if (root.file != null) {
            return cwd.resolve(root.file);
        }
        Path configured = config(root).state();
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

    /** The path as the user should see it: relative to the working directory when it is below it. */
    static String display(RootCommand root, Path path) {
        Path cwd = root.ctx.cwd();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    static ZonedDateTime now(RootCommand root) {
        String raw = root.now != null ? root.now : root.ctx.env().get("ATOMSTATE_NOW");
        if (raw == null || raw.isBlank()) {
            return ZonedDateTime.now();
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toZonedDateTime();
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(s).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            // a date alone
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw AtomstateException.usage("--now '" + raw + "' is not an ISO-8601 time; use e.g. 2026-02-20T09:30 or 2026-02-20T09:30:00Z");
        }
    }

    /**
     * The lock wait and the size cap: the environment (ATOMSTATE_LOCK_TIMEOUT_MS, ATOMSTATE_MAX_BYTES) over
     * the configuration (lock.timeout, limits.max-bytes) over the defaults.
     */
    static IoLimits limits(RootCommand root) {
        Map<String, String> env = root.ctx.env();
        Config config = config(root);
        long timeout = number(env, "ATOMSTATE_LOCK_TIMEOUT_MS",
                config.lockTimeoutMs() != null ? config.lockTimeoutMs() : IoLimits.DEFAULT_LOCK_TIMEOUT_MS, 0);
        long maxBytes = number(env, "ATOMSTATE_MAX_BYTES",
                config.readLimitBytes() != null ? config.readLimitBytes() : IoLimits.DEFAULT_MAX_BYTES, 1);
        return new IoLimits(timeout, maxBytes, IoLimits.DEFAULTS.limitHint());
    }

    private static long number(Map<String, String> env, String name, long fallback, long min) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!raw.strip().matches("\\d{1,15}") || Long.parseLong(raw.strip()) < min) {
            throw AtomstateException.usage(name + "='" + raw + "' is not a whole number" + (min > 0 ? " of at least " + min : "")
                    + "; unset it or give e.g. " + fallback);
        }
        return Long.parseLong(raw.strip());
    }

    static ParsedState read(RootCommand root, Path path) {
        StateFile.Loaded loaded = StateFile.read(path, display(root, path), limits(root));
        return StateParser.parse(display(root, path), loaded.source().text());
    }

    /** What {@link #update} did: the text before and after, the change, and whether the file was written. */
    record Outcome(String before, String after, Change change, boolean written) {
    }

    /**
     * Parses {@code path}, computes the change (which may refuse by throwing) and, unless --dry-run, writes it once
     * under the lock. Prints nothing.
     */
    static Outcome update(RootCommand root, Path path, Function<ParsedState, Change> compute) {
        return update(root, path, StateParser::parse, ps -> StateGuards.outsideUnclosedFence(ps, compute.apply(ps)));
    }

    /** {@link #update} for any kind of planning file: {@code parse} reads (display name, text) into what {@code compute} takes. */
    static <T> Outcome update(RootCommand root, Path path, BiFunction<String, String, T> parse, Function<T, Change> compute) {
        String name = display(root, path);
        if (root.dryRun) {
            String before = StateFile.read(path, name, limits(root)).source().text();
            Change change = compute.apply(parse.apply(name, before));
            return new Outcome(before, change.apply(before), change, false);
        }
        Change[] change = new Change[1];
        String[] texts = new String[2];
        StateFile.Result result = StateFile.update(path, name, limits(root), root.pause, current -> {
            String text = current.source().text();
            change[0] = compute.apply(parse.apply(name, text));
            texts[0] = text;
            texts[1] = change[0].apply(text);
            return change[0].isNoop() ? null : current.source().encode(texts[1]);
        });
        return new Outcome(texts[0], texts[1], change[0], result.written());
    }

    /**
     * Runs a writing command: parse, compute the change (which may refuse by throwing), then either print
     * the diff (--dry-run) or write once under the lock. Prints the outcome as text or JSON.
     */
    static int write(RootCommand root, String kind, Function<ParsedState, Change> compute) {
        return write(root, kind, stateFile(root), StateParser::parse, ps -> StateGuards.outsideUnclosedFence(ps, compute.apply(ps)));
    }

    /** The same flow for any kind of planning file: {@code parse} reads (display name, text) into what {@code compute} takes. */
    static <T> int write(RootCommand root, String kind, Path path, BiFunction<String, String, T> parse, Function<T, Change> compute) {
        Outcome outcome = update(root, path, parse, compute);
        if (root.json) {
            Json.print(root.ctx.out(), resultJson(root, kind, path, outcome));
        } else {
            printResult(root, path, outcome);
        }
        return ExitCodes.OK;
    }

    /** The --json result of one write: what changed (or why nothing did), and the diff with --dry-run. */
    static Map<String, Object> resultJson(RootCommand root, String kind, Path path, Outcome outcome) {
        String name = display(root, path);
        Change c = outcome.change();
        Map<String, Object> doc = kind == null ? new java.util.LinkedHashMap<>() : Json.document(kind);
        doc.put("file", name);
        doc.put("changed", !c.isNoop());
        doc.put("written", outcome.written());
        doc.put("dryRun", root.dryRun);
        doc.put("summary", c.summary());
        doc.putAll(c.facts());
        doc.put("changes", c.notes());
        if (root.dryRun) {
            doc.put("diff", diff(name, outcome));
        }
        return doc;
    }

    /** The text result of one write: the diff with --dry-run, else what was changed or why nothing was. */
    static void printResult(RootCommand root, Path path, Outcome outcome) {
        String name = display(root, path);
        Change c = outcome.change();
        if (root.dryRun) {
            if (c.isNoop()) {
                root.ctx.out().println(String.join("\n", c.notes()));
            } else {
                root.ctx.out().print(diff(name, outcome));
            }
            return;
        }
        if (c.isNoop()) {
            root.ctx.out().println(c.notes().isEmpty() ? c.summary() + "; nothing changed" : c.notes().get(0));
            return;
        }
        if (!outcome.written()) {
            // the edits reproduce the file as it is: say so rather than claim a change
            root.ctx.out().println(c.summary() + ": the file already says this; nothing changed");
            return;
        }
        root.ctx.out().println(c.summary() + " in " + name);
        for (String note : c.notes()) {
            root.ctx.out().println("  " + note);
        }
    }

    // Only --dry-run shows the diff; a plain write need not pay for it.
    private static String diff(String name, Outcome outcome) {
        boolean relative = !Path.of(name).isAbsolute();
        return UnifiedDiff.diff(relative ? "a/" + name : name, relative ? "b/" + name : name, outcome.before(), outcome.after());
    }
}
