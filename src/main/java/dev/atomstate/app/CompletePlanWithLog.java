package dev.atomstate.app;

import dev.atomstate.app.worklog.LogAdd;
import dev.atomstate.edit.Change;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * complete-plan --log: the state file's change and the worklog's entry for the plan, computed together from one
 * read of each file, so that the command line can write both or neither. The entry names the plan as the state
 * file writes its id ("Complete plan 02-02 — Week planner", results "✅ Completed in 25min"); a worklog that already
 * has that entry, anywhere, gets nothing, so a re-run adds nothing.
 */
public final class CompletePlanWithLog {
    private CompletePlanWithLog() {
    }

    /** The change of each file; either may be a no-op. */
    public record Changes(Change state, Change worklog) {
    }

    public static Changes run(ParsedState state, ParsedWorklog worklog, CompletePlan.Options options, ZonedDateTime now) {
        CompletePlan.Result completed = CompletePlan.compute(state, options, now);
        Change stateChange = StateGuards.outsideUnclosedFence(state, completed.change());
        String title = options.title();
        String duration = options.duration();
        LogAdd.Options entry = new LogAdd.Options("Complete plan " + completed.plan() + (title == null || title.isBlank() ? "" : " — " + title.strip()),
                List.of(), "✅ Completed" + (duration == null || duration.isBlank() ? "" : " in " + duration.strip()));
        return new Changes(stateChange, planEntry(worklog, entry, now));
    }

    /** The plan's entry, unless the worklog already has one for it anywhere. */
    private static Change planEntry(ParsedWorklog w, LogAdd.Options entry, ZonedDateTime now) {
        for (ParsedEntry e : w.entries()) {
            String objective = e.entry().objective();
            if (objective != null && objective.strip().equals(entry.objective())) {
                return new Change(List.of(), List.of("the worklog already has '" + entry.objective() + "' (line " + e.entry().line() + ")"),
                        "worklog entry", Map.of());
            }
        }
        return LogAdd.run(w, entry, now);
    }
}
