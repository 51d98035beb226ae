package dev.atomstate.cli;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.CheckRun;
import dev.atomstate.check.Checker;
import dev.atomstate.check.worklog.WorklogChecker;
import dev.atomstate.io.Discovery;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.render.CheckReport;
import dev.atomstate.render.Messages;
import dev.atomstate.render.WriteReport;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code check}: the rules over state files. Its model is built in code (see {@link CodeSpec}): hooks and CI run it. */
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, github, sarif }

    enum FailOn { error, warning }

    private final Invocation inv;

    CheckCommand(Invocation inv) {
        this.inv = inv;
    }

    List<Path> paths = new ArrayList<>();

    Format format = Format.text;

    FailOn failOn = FailOn.error;

    boolean fix;

    CommandSpec spec() {
        CommandSpec spec = CodeSpec.command(this, "check",
                "Check state files for inconsistencies (progress, focus, stale session and activity, duplicates, "
                        + "durations, counters, frontmatter, dates, tables, placeholders, size). Exits 1 when something fails.",
                "", "Severity per rule in .atomstate.yml (check.severity.RULE: error|warning|info|off); silence a line with",
                "<!-- atomstate-disable-next-line RULE -->, a region with <!-- atomstate-disable RULE --> … <!-- atomstate-enable RULE -->.",
                "", "Example:", "  atomstate check", "  atomstate check planning-samples --format github --fail-on warning",
                "  atomstate check --fix --dry-run");
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<List<Path>> listOfPaths = (Class) List.class;
        spec.addPositional(CodeSpec.positional("paths", "PATH", listOfPaths,
                "State files, or folders searched for STATE.md files. Default: the discovered state file.", () -> paths, v -> paths = v)
                .auxiliaryTypes(Path.class).arity("0..*").build());
        spec.addOption(CodeSpec.option(new String[] {"--format"}, "FORMAT", Format.class,
                "text (default), json, github (workflow annotations) or sarif (2.1.0).", () -> format, v -> format = v).build());
        spec.addOption(CodeSpec.option(new String[] {"--fail-on"}, "SEVERITY", FailOn.class,
                "Exit 1 on findings of this severity or worse: error (default) or warning.", () -> failOn, v -> failOn = v).build());
        spec.addOption(CodeSpec.flag(new String[] {"--fix"}, "Apply the fixes that are certain (percent and bar, exact duplicate rows and Previous "
                + "lines, stale placeholders), then report what remains. With --dry-run: show the diff, write nothing.", () -> fix, v -> fix = v).build());
        return spec;
    }

    @Override
    public Integer call() {
        if (inv.json()) {
            format = Format.json;
        }
        CheckContext context = inv.checkContext();
        CheckRun run = new CheckRun(fix);
        PrintWriter out = inv.out();
        boolean humanOutput = format == Format.text || format == Format.github;
        for (Path file : files()) {
            String name = inv.display(file);
            try {
                CheckContext fileContext = context.with(inv.neighbours(file));
                if (Discovery.isWorklog(file, inv.namedWorklog())) { // worklogs (issue 6)
                    run.checked(name, fileContext.configured(WorklogChecker.check(inv.readWorklog(file), inv.worklogContext())));
                } else {
                    ParsedState state = fix ? fix(file, fileContext, run, humanOutput ? out : null) : inv.readState(file);
                    run.checked(name, Checker.check(state, fileContext));
                }
            } catch (AtomstateException e) {
                run.unreadable(e.getMessage());
                inv.err().println(Messages.error(e.getMessage()));
            }
        }
        switch (format) {
            case json -> CheckReport.json(out, run);
            case github -> CheckReport.github(out, run);
            case sarif -> CheckReport.sarif(out, run);
            default -> {
                // nothing could be read: the error lines say it all, "no problems in 0 files" would mislead
                if (!run.files().isEmpty() || run.unreadable().isEmpty()) {
                    CheckReport.text(out, inv.style(), run);
                }
            }
        }
        if (run.failing(failOn == FailOn.warning ? CheckRun.FailOn.WARNING : CheckRun.FailOn.ERROR)) {
            return ExitCodes.REFUSED;
        }
        return run.unreadable().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }

    /**
     * Fixes one file under the lock (the findings are computed again from the text read under it), reports what
     * changed, and returns the file as it is now (as it would be, with --dry-run) for the re-check.
     */
    private ParsedState fix(Path file, CheckContext context, CheckRun run, PrintWriter out) {
        WriteReport.Outcome o = Writes.update(inv, file, false, StateParser::parse, Writes.guarded(state -> CheckRun.fix(state, context)));
        run.fixed(new CheckRun.Fix(o.file(), o.change().notes(), o.written(), inv.dryRun()));
        if (out != null) {
            CheckReport.fixed(out, o);
        }
        return StateParser.parse(o.file(), o.after());
    }

    /** The paths given, else the state file (and the worklog when --worklog or the configuration names one). */
    private List<Path> files() {
        if (paths.isEmpty()) {
            Path state = inv.stateFile();
            Path worklog = inv.namedWorklog();
            return worklog == null ? List.of(state) : List.of(state, worklog);
        }
        return Discovery.checkFiles(inv.cwd(), paths);
    }
}
