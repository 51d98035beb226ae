package dev.atomstate.app;

import dev.atomstate.model.Neighbours;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.Totals;
import dev.atomstate.query.WrittenPlanIds;
import dev.atomstate.query.worklog.Entries;

/**
 * status: where the project is, as one object that the status text, the status JSON and the check summary line all
 * render from — the parsed state file, its neighbours (roadmap, phase folders), what check found in it, and the
 * worklog's newest entry. The totals are derived on demand: the text does not need them.
 *
 * @param problems how many findings check has for the file, and how many are errors
 * @param worklog  the worklog beside the state file, or null when there is none (or it cannot be read)
 */
public record StatusReport(ParsedState state, Neighbours neighbours, Problems problems, Worklog worklog) {

    /** How many findings check has for the file, and how many of them are errors. */
    public record Problems(int total, long errors) {
    }

    /** A worklog's file name, its number of entries, and its newest entry with that entry's 1-based number (null: none). */
    public record Worklog(String file, int entries, int newestNumber, WorklogEntry newest) {
        public static Worklog of(ParsedWorklog w) {
            ParsedEntry newest = Entries.newest(w);
            return new Worklog(w.fileName(), w.entries().size(), newest == null ? 0 : Entries.number(w, newest),
                    newest == null ? null : newest.entry());
        }
    }

    /** {@code worklog} null: there is none to report. */
    public static StatusReport of(ParsedState state, Neighbours neighbours, Problems problems, ParsedWorklog worklog) {
        return new StatusReport(state, neighbours, problems, worklog == null ? null : Worklog.of(worklog));
    }

    public String file() {
        return state.fileName();
    }

    public StateModel model() {
        return state.model();
    }

    /** The totals of phases and plans, with the source of each (state, frontmatter, roadmap, phase folders). */
    public Totals.Result totals() {
        return Totals.of(state, neighbours);
    }

    /**
     * The plan after the last one the position records as done, written the way the file writes plan ids, or null when
     * the position names no plan, gives no plan total to count against, or its phase has every plan done (a guess past
     * the total would name a plan that may not exist).
     */
    public PlanId nextPlan() {
        PlanId done = PlanStatus.lastDone(state);
        StateModel.Plan plan = model().position().plan();
        if (done == null || plan == null || plan.total() == null || done.planNumber() + 1 > plan.total()) {
            return null;
        }
        return WrittenPlanIds.asWritten(state, done.withPlan(done.planNumber() + 1));
    }

    /** True when the position records every plan of its phase as done ("Plan: 3 of 3 complete"). */
    public boolean phasePlansDone() {
        PlanId done = PlanStatus.lastDone(state);
        StateModel.Plan plan = model().position().plan();
        return done != null && plan != null && plan.total() != null && plan.total() > 0 && done.planNumber() >= plan.total();
    }
}
