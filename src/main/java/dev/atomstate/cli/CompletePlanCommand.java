package dev.atomstate.cli;

import dev.atomstate.app.CompletePlan;
import dev.atomstate.app.StateGuards;
import dev.atomstate.app.worklog.LogAdd;
import dev.atomstate.edit.Change;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.worklog.ParsedWorklog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "complete-plan", mixinStandardHelpOptions = true,
        description = "Record that a plan is finished: advance the position in the file's own form, update the progress "
                + "segment, velocity totals, a metrics row (with --duration) and session continuity. Completing a "
                + "completed plan changes nothing.",
        footer = {"", "Example:", "  atomstate complete-plan 62-01 --duration 14min --tasks 3 --files 5 --title \"Baseline coverage\"",
                "  atomstate complete-plan 62-02 --dry-run",
                "  atomstate complete-plan 62-03 --duration 25min --log   (also adds a worklog entry)"})
final class CompletePlanCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

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
        var now = CommandSupport.now(root);
        if (!log) {
            return CommandSupport.write(root, "complete-plan", state -> CompletePlan.run(state, options, now));
        }
        Path statePath = CommandSupport.stateFile(root);
        Path worklogPath = WorklogSupport.forWriting(root);
        // Validate both changes before writing either, so a refusal of one leaves both files untouched.
        ParsedState current = CommandSupport.read(root, statePath);
        String plan = (String) StateGuards.outsideUnclosedFence(current, CompletePlan.run(current, options, now)).facts().get("plan");
        var entry = new LogAdd.Options("Complete plan " + plan + (title == null || title.isBlank() ? "" : " — " + title.strip()),
                List.of(), "✅ Completed" + (duration == null || duration.isBlank() ? "" : " in " + duration.strip()));
        if (Files.exists(worklogPath)) {
            planEntry(WorklogSupport.read(root, worklogPath), entry, now);
        }
        // The state file first: it is the record of truth; the worklog entry is its journal line.
        CommandSupport.Outcome state = CommandSupport.update(root, statePath, ps -> CompletePlan.run(ps, options, now));
        CommandSupport.Outcome journal;
        try {
            journal = WorklogSupport.update(root, worklogPath, w -> planEntry(w, entry, now));
        } catch (AtomstateException e) {
            if (state.written()) {
                throw new AtomstateException(e.kind(), CommandSupport.display(root, statePath) + " was updated, but the worklog entry was not added: "
                        + e.getMessage() + "; add it with 'atomstate log add'");
            }
            throw e;
        }
        if (root.json) {
            Map<String, Object> doc = CommandSupport.resultJson(root, "complete-plan", statePath, state);
            doc.put("worklog", CommandSupport.resultJson(root, null, worklogPath, journal));
            Json.print(root.ctx.out(), doc);
        } else {
            CommandSupport.printResult(root, statePath, state);
            CommandSupport.printResult(root, worklogPath, journal);
        }
        return ExitCodes.OK;
    }

    /** The plan's entry, unless the worklog already has one for it anywhere: re-running --log adds nothing. */
    private static Change planEntry(ParsedWorklog w, LogAdd.Options entry, java.time.ZonedDateTime now) {
        for (var e : w.entries()) {
            String objective = e.entry().objective();
            if (objective != null && objective.strip().equals(entry.objective())) {
                return new Change(List.of(), List.of("the worklog already has '" + entry.objective() + "' (line " + e.entry().line() + ")"),
                        "worklog entry", Map.of());
            }
        }
        return LogAdd.run(w, entry, now);
    }
}
