package dev.atomstate.cli;

import dev.atomstate.app.CompletePlan;
import dev.atomstate.app.CompletePlanWithLog;
import dev.atomstate.render.WriteReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "complete-plan", mixinStandardHelpOptions = true,
        header = "Record that a plan is finished",
        description = "Record that a plan is finished: advance the position in the file's own form, update the progress "
                + "segment, velocity totals, a metrics row (with --duration) and session continuity. Completing a "
                + "completed plan changes nothing.",
        footer = {"", "Example:", "  atomstate complete-plan 62-01 --duration 14min --tasks 3 --files 5 --title \"Baseline coverage\"",
                "  atomstate complete-plan 62-02 --dry-run",
                "  atomstate complete-plan 62-03 --duration 25min --log    # also adds a worklog entry"})
final class CompletePlanCommand implements Callable<Integer> {
    private final Invocation inv;

    CompletePlanCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "ID", description = "The plan id, <phase>-<plan>: 62-01, 5.1-02 (3-2 matches 03-02).")
    String id;

    @Option(names = "--duration", paramLabel = "D", description = "How long it took: 14min, 1h 5m, 45s, 2 hours, 90 (minutes).")
    String duration;

    @Option(names = "--tasks", paramLabel = "N", description = "Number of tasks, for the metrics row.")
    Integer tasks;

    @Option(names = "--files", paramLabel = "N", description = "Number of files, for the metrics row.")
    Integer files;

    @Option(names = "--title", paramLabel = "TEXT", description = "The plan's title, for status and activity lines.")
    String title;

    @Option(names = "--force", description = "Record a plan outside the current phase or beyond the plan total.")
    boolean force;

    @Option(names = "--log", description = "Also add a worklog entry for the plan (the worklog of 'atomstate log'; created beside the state file when there is none).")
    boolean log;

    @Override
    public Integer call() {
        var options = new CompletePlan.Options(id, duration, tasks, files, title, force);
        var now = inv.now();
        if (!log) {
            return Writes.state(inv, "complete-plan", state -> CompletePlan.run(state, options, now));
        }
        Path statePath = inv.stateFile();
        Path worklogPath = inv.worklogForWriting();
        List<WriteReport.Outcome> outcomes = Writes.stateAndWorklog(inv, statePath, worklogPath, (state, worklog) -> {
            CompletePlanWithLog.Changes changes = CompletePlanWithLog.run(state, worklog, options, now);
            return List.of(changes.state(), changes.worklog());
        });
        Writes.print(inv, "complete-plan", outcomes.get(0), "worklog", outcomes.get(1));
        return ExitCodes.OK;
    }
}
