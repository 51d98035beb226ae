package dev.atomstate.query;

import dev.atomstate.model.Digits;
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

    /** True when the file already records {@code id} as completed: a metrics row, or the position (see {@link #recordedByPosition}). */
    public static boolean isCompleted(ParsedState ps, PlanId id) {
        return hasMetricsRow(ps, id) || recordedByPosition(ps, id);
    }

    /** A per-plan metrics row for {@code id}. */
    public static boolean hasMetricsRow(ParsedState ps, PlanId id) {
        for (StateModel.MetricRow row : ps.model().metrics()) {
            if (id.samePhase(row.phase()) && Integer.parseInt(row.plan().length() > 9 ? "0" : row.plan()) == id.planNumber()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The position records {@code id} as done: the plan field (see {@link #counts}), or the status, last activity,
     * stopped at, or frontmatter stopped_at / last_activity naming it complete.
     */
    public static boolean recordedByPosition(ParsedState ps, PlanId id) {
        StateModel.Position pos = ps.model().position();
        if (statedComplete(ps.model().frontmatter().get("stopped_at"), id)
                || statedComplete(ps.model().frontmatter().get("last_activity"), id)
                || statedComplete(pos.lastActivity() == null ? null : pos.lastActivity().text(), id)
                || statedComplete(ps.model().session().stoppedAt() == null ? null : ps.model().session().stoppedAt().text(), id)
                || statedComplete(pos.status() == null ? null : pos.status().text(), id)) {
            return true;
        }
        return counts(pos.plan(), pos.status(), id);
    }

    /**
     * Whether a plan field counts {@code id} as done: "3 of 7 complete" counts 1–3, "Plan: 3 of 7" (or a bare "3") 1–2,
     * "67-04" the plans before 04 (and 04 itself when it or the status says complete). {@code status} decides the
     * counter's own plan ("Plan: 1/IN PROGRESS" beside "Status: … Plan 62-01 COMPLETE"). False for another phase.
     */
    public static boolean counts(StateModel.Plan plan, StateModel.Located status, PlanId id) {
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
            return id.planNumber() == n && statusSaysComplete(status, id);
        }
        if (id.planNumber() < current.planNumber()) {
            return true;
        }
        if (id.planNumber() == current.planNumber()) {
            return plan.complete() || statusSaysComplete(status, id);
        }
        return false;
    }

    /**
     * Whether the position already counts {@code id} among the plans done — what complete-plan's counters (progress,
     * velocity, frontmatter completed_plans) follow. A position in a later phase has counted it; a plan field that can
     * count (a counter, a bare number, an id) decides by {@link #fieldCounts}; without one, the status, last activity or
     * session naming it done.
     */
    public static boolean positionCounts(ParsedState ps, PlanId id) {
        StateModel.Position pos = ps.model().position();
        if (pos.phase() != null && pos.phase().number() != null && PlanId.isPhaseNumber(pos.phase().number())
                && PlanId.comparePhases(pos.phase().number(), id.phase()) > 0) {
            return true;
        }
        if (pos.plan() != null && pos.plan().id() != null) {
            if (fieldCounts(ps, pos.plan(), id)) {
                return true;
            }
            // a counter that cannot count this plan — of another phase, or a plan beyond its total (complete-plan --force
            // of a plan the counter has no room for): the status, activity and session lines decide, or a second run
            // would count the plan again
            return cannotCount(pos.plan(), id) && recordedByPosition(ps, id);
        }
        return recordedByPosition(ps, id);
    }

    /** A plan field that has no place for {@code id}: its phase is another, or {@code id}'s number is beyond its total. */
    private static boolean cannotCount(StateModel.Plan plan, PlanId id) {
        PlanId field = PlanIds.parse(plan.id());
        if (field == null) {
            return false;
        }
        if (PlanId.comparePhases(field.phase(), id.phase()) != 0) {
            return true;
        }
        String digits = id.plan();
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        digits = digits.substring(start);
        return plan.total() != null && Digits.isAll(digits)
                && (digits.length() > 9 || Long.parseLong(digits) > plan.total());
    }

    /**
     * A plan field (the chosen one or a twin) counts {@code id} as done: by {@link #counts}, or as GSD's template writes
     * the counter — "Plan: [just completed] of [total]" — when it names {@code id} and another position line names it done.
     */
    public static boolean fieldCounts(ParsedState ps, StateModel.Plan plan, PlanId id) {
        StateModel.Position pos = ps.model().position();
        if (counts(plan, pos.status(), id)) {
            return true;
        }
        PlanId current = plan == null || plan.id() == null ? null : PlanIds.parse(plan.id());
        if (current == null || !current.sameAs(id) || !isCounter(plan) || plan.complete()) {
            return false;
        }
        return statedComplete(ps.model().frontmatter().get("stopped_at"), id)
                || statedComplete(pos.lastActivity() == null ? null : pos.lastActivity().text(), id)
                || statedComplete(ps.model().session().stoppedAt() == null ? null : ps.model().session().stoppedAt().text(), id);
    }

    /**
     * {@code text} names {@code id}, or a later plan of its phase, as done ("Completed 02-03-PLAN.md" while 02-02 is
     * asked). Another phase's plan does not count: files jump between phases (a rework of phase 17 after phase 36).
     */
    public static boolean namesDoneOrLater(String text, PlanId id) {
        if (text == null) {
            return false;
        }
        for (String named : PlanIds.completedIn(text)) {
            PlanId n = PlanIds.parse(named);
            if (n != null && n.samePhase(id.phase()) && n.planNumber() >= id.planNumber()) {
                return true;
            }
        }
        PlanId phasePlan = PlanIds.phasePlanIn(text);
        return phasePlan != null && phasePlan.samePhase(id.phase()) && phasePlan.planNumber() >= id.planNumber() && saysDone(text);
    }

    /** {@code text} names a plan before {@code id} (a session left behind: "Stopped at: Completed 35-02-PLAN.md" while 35-04 is done). */
    public static boolean namesEarlier(String text, PlanId id) {
        String first = text == null ? null : PositionValues.firstPlanId(text);
        PlanId named = first == null ? null : PlanIds.parse(first);
        if (named == null) {
            PlanId phasePlan = text == null ? null : PlanIds.phasePlanIn(text);
            named = phasePlan;
        }
        return named != null && named.compareTo(id) < 0;
    }

    private static boolean saysDone(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("complete") || lower.contains("done");
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
