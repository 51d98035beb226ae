package dev.atomstate.query;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.parse.PositionValues;

import java.util.Locale;

/** What the file says about one plan: is it done, is it where the position is. Pure reading. */
public final class PlanStatus {
    private PlanStatus() {
    }

    /** True when the file already records {@code id} as completed. */
    public static boolean isCompleted(ParsedState ps, PlanId id) {
        for (StateModel.MetricRow row : ps.model().metrics()) {
            if (id.samePhase(row.phase()) && Integer.parseInt(row.plan().length() > 9 ? "0" : row.plan()) == id.planNumber()) {
                return true;
            }
        }
        StateModel.Position pos = ps.model().position();
        if (statedComplete(ps.model().frontmatter().get("stopped_at"), id)
                || statedComplete(ps.model().frontmatter().get("last_activity"), id)
                || statedComplete(pos.lastActivity() == null ? null : pos.lastActivity().text(), id)
                || statedComplete(ps.model().session().stoppedAt() == null ? null : ps.model().session().stoppedAt().text(), id)
                || statedComplete(pos.status() == null ? null : pos.status().text(), id)) {
            return true;
        }
        StateModel.Plan plan = pos.plan();
        if (plan == null || plan.id() == null) {
            return false;
        }
        PlanId current = PlanIds.parse(plan.id());
        if (current == null || !current.samePhase(id.phase())) {
            return false;
        }
        if (plan.total() != null || isCounter(plan)) {
            int n = current.planNumber();
            if (plan.complete() ? id.planNumber() <= n : id.planNumber() < n) {
                return true;
            }
            // "Plan: 1/IN PROGRESS" with "Status: … Plan 62-01 COMPLETE": the status is the later word
            return id.planNumber() == n && statusSaysComplete(pos.status(), id);
        }
        if (id.planNumber() < current.planNumber()) {
            return true;
        }
        if (id.planNumber() == current.planNumber()) {
            return plan.complete() || statusSaysComplete(pos.status(), id);
        }
        return false;
    }

    private static boolean statedComplete(String text, PlanId id) {
        if (text == null) {
            return false;
        }
        // "Completed 02-03-PLAN.md", "Completed Phase 67-02 - …", "Phase 41-03 COMPLETE: …" name {@code id} as done
        for (String named : PlanIds.completedIn(text)) {
            if (id.sameAs(PlanIds.parse(named))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCounter(StateModel.Plan plan) {
        return PositionForms.counts(plan.raw());
    }

    private static boolean statusSaysComplete(StateModel.Located status, PlanId id) {
        if (status == null) {
            return false;
        }
        String s = status.text();
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.contains("complete") && !lower.contains("done")) {
            return false;
        }
        String mentioned = PositionValues.firstPlanId(s);
        if (mentioned != null && id.sameAs(PlanIds.parse(mentioned))) {
            return true;
        }
        return id.sameAs(PlanIds.phasePlanIn(s));
    }

    /**
     * The last plan the file says is done, or null: like {@link #lastDone(StateModel.Position)}, except that a plain
     * counter whose own plan the file records as completed ("Plan: 2 of 3" with "Completed 35-02-PLAN.md") names
     * that plan — the counter then follows GSD's "Plan: [just completed] of [total]".
     */
    public static PlanId lastDone(ParsedState ps) {
        StateModel.Position pos = ps.model().position();
        PlanId done = lastDone(pos);
        if (done != null && isCounter(pos.plan()) && !pos.plan().complete()) {
            PlanId counter = PlanIds.parse(pos.plan().id());
            if (counter != null && isCompleted(ps, counter)) {
                return counter;
            }
        }
        return done;
    }

    /** The last plan the position says is done, or null: "3 of 7 complete" → 35-03, "2 of 3" → 35-01, "67-04" → 67-04. */
    public static PlanId lastDone(StateModel.Position pos) {
        if (pos == null || pos.plan() == null || pos.plan().id() == null) {
            return null;
        }
        PlanId id = PlanIds.parse(pos.plan().id());
        if (id == null) {
            return null;
        }
        if (isCounter(pos.plan()) && !pos.plan().complete()) {
            return id.withPlan(Math.max(0, id.planNumber() - 1));
        }
        return id;
    }
}
