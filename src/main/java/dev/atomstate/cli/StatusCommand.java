package dev.atomstate.cli;

import dev.atomstate.app.StatusReport;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.Severity;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.render.StatusJson;
import dev.atomstate.render.StatusLine;
import dev.atomstate.render.StatusText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Where the project is",
        description = "Where the project is: phase and plan, status, progress per milestone, last activity, velocity, "
                + "latest decisions, open blockers and todos, where the last session stopped.",
        footer = {"", "Example:", "  atomstate status", "  atomstate status --full -f planning-samples/long-running/.planning/STATE.md",
                "  atomstate status --json | jq .position.plan.id", "  atomstate status --line"})
final class StatusCommand implements Callable<Integer> {
    private final Invocation inv;

    StatusCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--full", description = "Show everything: the whole status, all decisions, blockers and todos.")
    boolean full;

    @Option(names = "--line", description = "One short line for a status bar: phase, plan, progress, open blockers, problems.")
    boolean line;

    @Override
    public Integer call() {
        if (line && (inv.json() || full)) {
            throw AtomstateException.usage("status --line prints one line of text; drop " + (inv.json() ? "--json" : "--full") + " or --line");
        }
        Path path = inv.stateFile();
        ParsedState state = inv.readState(path);
        Neighbours neighbours = inv.neighbours(path);
        // status reports how many problems there are, not what they say
        List<Diagnostic> diagnostics = Checker.check(state, inv.checkContext().with(neighbours), false);
        if (line) {
            // the cheapest path: no worklog, no JSON; the problem count is the one plain status reports
            inv.out().println(StatusLine.of(state, diagnostics.size()));
            return ExitCodes.OK;
        }
        long errors = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            }
        }
        StatusReport report = StatusReport.of(state, neighbours, new StatusReport.Problems(diagnostics.size(), errors), worklog());
        if (inv.json()) {
            StatusJson.print(inv.out(), report);
        } else {
            new StatusText(inv.out(), full, inv.style(), StatusText.width(inv.env().get("COLUMNS")), inv.todayRange()).print(report);
        }
        return ExitCodes.OK;
    }

    /** The worklog found and read, or null when there is none (or it cannot be read: status still answers). */
    private ParsedWorklog worklog() {
        Path p = inv.worklog();
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return inv.readWorklog(p);
        } catch (AtomstateException e) {
            return null;
        }
    }
}
