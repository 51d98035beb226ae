package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.WrittenPlanIds;

/**
 * The metrics table records a plan the position has not reached: "Plan: 3 of 7 complete" next to a metrics row for 35-04
 * (a parallel wave wrote the row; nothing moved the position). Only plans of the position's own phase count: phases do not
 * always run in number order, while plans of one phase are numbered in the order they finish. A position with no plan of
 * its phase done is not compared: "begin-phase 68" on a file that already has rows of an earlier run of phase 68 starts
 * the phase again, and the rows say nothing about where the new run is.
 */
public final class PositionBehindMetrics implements Rule {
    @Override
    public String id() {
        return "position-behind-metrics";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a metrics row records a plan beyond the position";
    }

    @Override
    public String explanation() {
        return "The per-plan metrics table has a row for a plan of the position's phase beyond the last plan the position's "
                + "counter records as done (\"Plan: 3 of 7 complete\" next to a row for 35-04): a parallel wave recorded the "
                + "plan and nothing moved the position, progress or session. Only a plan counter is compared.";
    }

    @Override
    public String fix() {
        return "Run 'atomstate complete-plan ID' for the plan the row records: it brings the position, progress and "
                + "session up to date and keeps the row.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel.Plan plan = state.model().position().plan();
        PlanId done = PlanStatus.lastDone(state);
        // a phase with no plan done yet (just begun, or begun again) is not reported: its rows may be an earlier run's
        // only a counter ("3 of 7 complete") says how many plans are done; a bare id ("Plan: 68-01", as begin-phase
        // writes it) may name the plan being worked on
        if (plan == null || done == null || done.planNumber() == 0 || !PlanStatus.isCounter(plan)) {
            return;
        }
        java.util.TreeMap<PlanId, Integer> ahead = new java.util.TreeMap<>();
        for (StateModel.MetricRow row : state.model().metrics()) {
            PlanId id = PlanIds.parse(row.phase() + "-" + row.plan());
            if (id != null && id.samePhase(done.phase()) && id.compareTo(done) > 0) {
                ahead.putIfAbsent(id, row.line());
            }
        }
        if (ahead.isEmpty()) {
            return;
        }
        PlanId written = WrittenPlanIds.asWritten(state, done);
        String says = "plan " + written + " as the last done";
        StringBuilder plans = new StringBuilder();
        for (var e : ahead.entrySet()) {
            plans.append(plans.length() == 0 ? "" : ", ").append(e.getKey()).append(" (line ").append(e.getValue()).append(')');
        }
        out.add(plan.line(), 1, "the metrics table records " + (ahead.size() == 1 ? "plan " : "plans ") + plans
                + " but the position records " + says + "; run `atomstate complete-plan " + ahead.firstKey() + "`"
                + (ahead.size() == 1 ? "" : " and the others in order") + " to bring the position up to date");
    }
}
