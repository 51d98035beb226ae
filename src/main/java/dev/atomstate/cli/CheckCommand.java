package dev.atomstate.cli;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.CheckRun;
import dev.atomstate.check.Checker;
import dev.atomstate.check.RuleCatalog;
import dev.atomstate.check.worklog.WorklogChecker;
import dev.atomstate.io.Discovery;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.render.CheckReport;
import dev.atomstate.render.Messages;
import dev.atomstate.render.RuleDocs;
import dev.atomstate.render.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Check state files and worklogs for inconsistencies",
        description = "Check state files for inconsistencies (progress, focus, stale session and activity, duplicates, "
                + "durations, counters, frontmatter, dates, tables, placeholders, size). Exits 1 when something fails.",
        footer = {"", "Severity per rule in .atomstate.yml (check.severity.RULE: error|warning|info|off); silence a line with",
                "<!-- atomstate-disable-next-line RULE -->, a region with <!-- atomstate-disable RULE --> … <!-- atomstate-enable RULE -->.",
                "", "Example:", "  atomstate check", "  atomstate check planning-samples --format github --fail-on warning",
                "  atomstate check --fix --dry-run", "  atomstate check --list-rules", "  atomstate check --explain progress-percent"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, github, sarif }

    enum FailOn { error, warning }

    private final Invocation inv;

    CheckCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "State files, or folders searched for STATE.md files. Default: the discovered state file.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, github (workflow annotations) or sarif (2.1.0).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 on findings of this severity or worse: error (default) or warning.")
    FailOn failOn = FailOn.error;

    @Option(names = "--fix", description = "Apply the fixes that are certain (percent and bar, exact duplicate rows and Previous "
            + "lines, stale placeholders), then report what remains. With --dry-run: show the diff, write nothing.")
    boolean fix;

    @Option(names = "--list-rules", description = "List every rule: id, severity, what it finds and how to fix it; checks nothing.")
    boolean listRules;

    @Option(names = "--explain", paramLabel = "RULE", description = "Explain one rule (what it finds, why it matters, how to fix it, "
            + "how to configure or silence it), like 'cargo --explain'; checks nothing.")
    String explain;

    @Override
    public Integer call() {
        if (inv.json()) {
            format = Format.json;
        }
        if (listRules || explain != null) {
            return describeRules();
        }
        CheckContext context = inv.checkContext();
        CheckRun run = new CheckRun(fix);
        PrintWriter out = inv.out();
        boolean humanOutput = format == Format.text || format == Format.github;
        for (Path file : filesFor(run)) {
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
                run.unreadable(name, e.getMessage());
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

    /** --list-rules and --explain: the rule catalogue, with the severities .atomstate.yml sets. */
    private int describeRules() {
        if (!paths.isEmpty() || fix || listRules && explain != null || format == Format.github || format == Format.sarif) {
            throw AtomstateException.usage("--list-rules and --explain RULE stand alone: give one of them, without PATH, --fix or --format "
                    + format + (format == Format.text || format == Format.json ? "" : " (text and json only)"));
        }
        boolean json = format == Format.json;
        if (listRules) {
            if (json) {
                RuleDocs.listJson(inv.out(), RuleCatalog.all(), inv.config()::severity);
            } else {
                RuleDocs.list(inv.out(), RuleCatalog.all(), inv.config()::severity, inv.textWidth());
            }
            return ExitCodes.OK;
        }
        RuleCatalog.Entry rule = RuleCatalog.find(explain);
        if (rule == null) {
            List<String> near = RuleCatalog.near(explain);
            throw AtomstateException.usage("no rule '" + explain + "'" + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?")
                    + " ('atomstate check --list-rules' lists them all)");
        }
        if (json) {
            RuleDocs.explainJson(inv.out(), rule, inv.config().severity(rule.id()));
        } else {
            RuleDocs.explain(inv.out(), rule, inv.config().severity(rule.id()), inv.textWidth());
        }
        return ExitCodes.OK;
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

    /**
     * The files to check. When none can be found (a folder without a STATE.md, no state file discovered), SARIF
     * still gets a log, the failure as its notification: a code-scanning upload needs a file, not an empty stdout.
     * The other formats keep the one error line and print nothing.
     */
    private List<Path> filesFor(CheckRun run) {
        try {
            return files();
        } catch (AtomstateException e) {
            if (format != Format.sarif || e.kind() != AtomstateException.Kind.INPUT) {
                throw e;
            }
            run.unreadable(paths.size() == 1 ? inv.display(inv.cwd().resolve(paths.get(0))) : null, e.getMessage());
            inv.err().println(Messages.error(e.getMessage()));
            return List.of();
        }
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
