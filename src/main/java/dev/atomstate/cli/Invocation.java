package dev.atomstate.cli;

import dev.atomstate.model.Digits;
import dev.atomstate.check.CheckContext;
import dev.atomstate.check.worklog.WorklogChecker;
import dev.atomstate.check.worklog.WorklogRule;
import dev.atomstate.config.Config;
import dev.atomstate.io.ConfigLoader;
import dev.atomstate.io.Discovery;
import dev.atomstate.io.IoLimits;
import dev.atomstate.io.NeighbourFiles;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.WritePause;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Today;
import dev.atomstate.parse.NeighbourReader;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.WorklogParser;
import dev.atomstate.render.Style;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * One run of the command line, built once in {@link Cli#run}: the streams, environment and working directory, the
 * root options ({@link GlobalOptions}), and what they resolve to — configuration, clock, file limits, the state
 * file and the worklog — each worked out on first use and then kept, so a command that never needs the clock never
 * fails on a bad --now, and nothing is resolved twice. Commands get it through their constructor.
 */
final class Invocation {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> env;
    private final Path cwd;
    private final boolean terminal;
    private final WritePause pause;
    private final GlobalOptions options = new GlobalOptions();
    private Config config;
    private final RunClock clock;
    private IoLimits limits;
    private Path stateFile;

    /**
     * Running the command line again from inside a command: the MCP server's tool calls, the agents' session hook.
     * Given by {@link Cli#run}, so that no command refers back to the class that runs it.
     */
    interface Reentry {
        int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd);

        /** picocli's model of the command {@code path} (e.g. {@code ["todo", "add"]}), with the root's inherited options. */
        picocli.CommandLine.Model.CommandSpec command(java.util.List<String> path);
    }

    private final Reentry reentry;

    Invocation(PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd, boolean terminal, WritePause pause) {
        this(out, err, env, cwd, terminal, pause, null);
    }

    Invocation(PrintWriter out, PrintWriter err, Map<String, String> env, Path cwd, boolean terminal, WritePause pause, Reentry reentry) {
        this.reentry = reentry;
        this.out = out;
        this.err = err;
        this.env = env;
        this.cwd = cwd;
        this.terminal = terminal;
        this.pause = pause;
        this.clock = new RunClock(options, env);
    }

    /** How to run the command line again from inside this run (see {@link Reentry}). */
    Reentry reentry() {
        if (reentry == null) {
            throw new IllegalStateException("this invocation was not made by Cli.run and cannot run commands");
        }
        return reentry;
    }

    GlobalOptions options() {
        return options;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Map<String, String> env() {
        return env;
    }

    Path cwd() {
        return cwd;
    }

    boolean json() {
        return options.json;
    }

    boolean dryRun() {
        return options.dryRun;
    }

    boolean debug() {
        return options.debug;
    }

    /** Whether stdout is a terminal (colour, and help as wide as the terminal). */
    boolean terminal() {
        return terminal;
    }

    WritePause pause() {
        return pause;
    }

    /**
     * The width text output is wrapped to where it wraps (rule descriptions; help has its own, see HelpLayout): COLUMNS
     * when it is set to a number, else 80.
     */
    int textWidth() {
        return columns(env, 80);
    }

    /** COLUMNS as a width of at least 40, or {@code fallback} when it is not set to a number. */
    static int columns(Map<String, String> env, int fallback) {
        String raw = env.get("COLUMNS");
        if (raw == null || !Digits.isAll(raw.strip(), 1, 4)) {
            return fallback;
        }
        return Math.max(40, Integer.parseInt(raw.strip()));
    }

    /** Colour only on a terminal, without --no-color, NO_COLOR or --json. */
    Style style() {
        return Style.of(terminal && !options.noColor && env.get("NO_COLOR") == null && !options.json);
    }

    /** The merged configuration (.atomstate.yml over the user's file). */
    Config config() {
        if (config == null) {
            config = ConfigLoader.load(cwd, env);
        }
        return config;
    }

    /** The clock: --now, else ATOMSTATE_NOW, else the system clock (see {@link RunClock}). */
    ZonedDateTime now() {
        return clock.now();
    }

    /** Today's date: of --now or ATOMSTATE_NOW when given, else of the system clock in the default zone. */
    LocalDate today() {
        return clock.today();
    }

    /** {@link #today} for a command that may not need it (a bad --now still refuses it before anything is touched). */
    java.util.function.Supplier<LocalDate> lazyToday() {
        return clock.lazyToday();
    }

    /** Today as the rules and the status text take it: the days the UTC clock allows, and the exact one on demand. */
    Today todayRange() {
        return clock.todayRange();
    }

    /** Whether a rule or the text needed the exact day of the system clock (not only the UTC day and its neighbours). */
    boolean exactDayRead() {
        return clock.exactDayRead();
    }

    /** Whether the clock is set (--now, ATOMSTATE_NOW) or already read. */
    boolean clockGiven() {
        return clock.given();
    }

    /**
     * The lock wait and the size cap: the environment (ATOMSTATE_LOCK_TIMEOUT_MS, ATOMSTATE_MAX_BYTES) over
     * the configuration (lock.timeout, limits.max-bytes) over the defaults.
     */
    IoLimits limits() {
        if (limits == null) {
            Config c = config();
            long timeout = number("ATOMSTATE_LOCK_TIMEOUT_MS", c.lockTimeoutMs() != null ? c.lockTimeoutMs() : IoLimits.DEFAULT_LOCK_TIMEOUT_MS, 0);
            long maxBytes = number("ATOMSTATE_MAX_BYTES", c.readLimitBytes() != null ? c.readLimitBytes() : IoLimits.DEFAULT_MAX_BYTES, 1);
            limits = new IoLimits(timeout, maxBytes, IoLimits.DEFAULTS.limitHint());
        }
        return limits;
    }

    private long number(String name, long fallback, long min) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        if (!Digits.isAll(raw.strip(), 1, 15) || Long.parseLong(raw.strip()) < min) {
            throw AtomstateException.usage(name + "='" + raw + "' is not a whole number" + (min > 0 ? " of at least " + min : "")
                    + "; unset it or give e.g. " + fallback);
        }
        return Long.parseLong(raw.strip());
    }

    /** The clock, size budget and severities of this run for check rules (add a file's neighbours with {@code with}). */
    CheckContext checkContext() {
        Config c = config();
        int lines = c.maxLines() != null ? c.maxLines() : CheckContext.DEFAULT_MAX_LINES;
        long bytes = c.maxBytes() != null ? c.maxBytes() : CheckContext.DEFAULT_MAX_BYTES;
        return new CheckContext(todayRange(), lines, bytes, new java.util.function.Function<String, String>() {
            @Override
            public String apply(String rule) {
                return c.severity(rule);
            }
        }, null);
    }

    /** The clock and the stale age of the worklog rules. */
    WorklogRule.Context worklogContext() {
        return new WorklogRule.Context(now(), WorklogChecker.staleAfter(config().worklogStaleAfter()));
    }

    /** The state file (see {@link Discovery#stateFile}); refused with what was looked for when there is none. */
    Path stateFile() {
        if (stateFile == null) {
            stateFile = Discovery.stateFile(cwd, options.file, new java.util.function.Supplier<Path>() {
                @Override
                public Path get() {
                    return config().state();
                }
            });
        }
        return stateFile;
    }

    private Path stateFileOrNull() {
        try {
            return stateFile();
        } catch (AtomstateException e) {
            return null;
        }
    }

    /** The path as the user should see it: relative to the working directory when it is below it. */
    String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    ParsedState readState(Path path) {
        String name = display(path);
        return parse(name, StateFile.read(path, name, limits()).source());
    }

    /** {@link #readState} in two steps: the bytes, as read (see {@link StateFile#readBytes}), then parsed. */
    byte[] readStateBytes(Path path) {
        return StateFile.readBytes(path, display(path), limits());
    }

    ParsedState parseState(Path path, byte[] bytes) {
        String name = display(path);
        return parse(name, dev.atomstate.io.SourceText.decode(name, bytes));
    }

    private static ParsedState parse(String name, dev.atomstate.io.SourceText source) {
        return source.lines() != null ? StateParser.parse(name, source.text(), source.lines())
                : StateParser.parse(name, source.text(), source.utf8Length());
    }

    /**
     * The build this run is, as the launcher names it (the JDK, its version, and the jar's size and time), or null
     * when not started by the launcher: then nothing is cached, since classes in a folder change without a trace.
     */
    static String build() {
        String b = System.getProperty("atomstate.build");
        return b == null || b.isBlank() ? null : b;
    }

    /**
     * Where status --line keeps its answers, or null when it must not: not started by the launcher, no cache
     * folder, ATOMSTATE_LINE_CACHE=off, or the clock given (--now, ATOMSTATE_NOW: tests and replays, never a prompt).
     */
    Path lineCacheDir() {
        return build() == null || clockGiven() ? null : dev.atomstate.io.LineCache.dir(env);
    }

    ParsedWorklog readWorklog(Path path) {
        String name = display(path);
        return WorklogParser.parse(name, StateFile.read(path, name, limits()).source().text());
    }

    /** The roadmap and phase folders beside {@code stateFile}, read; absent parts are null. */
    Neighbours neighbours(Path stateFile) {
        return NeighbourReader.read(neighbourTexts(stateFile));
    }

    /** The texts of the roadmap and the names in the phase folders beside {@code stateFile}, not parsed yet. */
    dev.atomstate.model.NeighbourTexts neighbourTexts(Path stateFile) {
        return NeighbourFiles.near(stateFile, new java.util.function.Function<Path, String>() {
            @Override
            public String apply(Path p) {
                return display(p);
            }
        });
    }

    /** The worklog --worklog or the configuration names, or null: check reads it as a worklog whatever its name. */
    Path namedWorklog() {
        return options.worklog != null ? cwd.resolve(options.worklog) : config().worklog();
    }

    /** The worklog (see {@link Discovery#worklog}), or null when there is none. */
    Path worklog() {
        return Discovery.worklog(cwd, options.worklog, options.worklog != null ? null : config().worklog(),
                new java.util.function.Supplier<Path>() {
                    @Override
                    public Path get() {
                        return stateFileOrNull();
                    }
                });
    }

    /** The worklog to read; refused with what was looked for when there is none. */
    Path existingWorklog() {
        Path p = worklog();
        if (p == null) {
            throw AtomstateException.input("no worklog found (looked for WORKLOG.md and worklog.md beside the state file, in .planning/ "
                    + "and here); pass --worklog PATH or set 'worklog:' in .atomstate.yml");
        }
        return p;
    }

    /** The worklog to write: the one found, else a new WORKLOG.md beside the state file. */
    Path worklogForWriting() {
        Path p = worklog();
        if (p != null) {
            return p;
        }
        Path state = stateFileOrNull();
        if (state == null) {
            throw AtomstateException.input("no worklog found and no state file to put one beside; pass --worklog PATH");
        }
        return Discovery.newWorklogBeside(state);
    }
}
