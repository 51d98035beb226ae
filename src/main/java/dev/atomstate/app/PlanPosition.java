package dev.atomstate.app;

import dev.atomstate.edit.PositionText;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.parse.SeparateFields;
import dev.atomstate.query.PlanStatus;

/** The plan field after completing a plan, written in the field's own form. */
final class PlanPosition {
    private PlanPosition() {
    }

    /** {@code planValue} null means: leave the field as it is. */
    record Next(String planValue, boolean lastInPhase) {
    }

    static Next advance(ParsedState ps, PlanId id) {
        return ps.handles().plan() == null ? new Next(null, false) : advance(ps, id, ps.handles().plan());
    }

    /** The value of plan field {@code f} (the chosen one or a twin) after completing {@code id}, in that field's form. */
    static Next advance(ParsedState ps, PlanId id, Field f) {
        StateModel.Plan plan = SeparateFields.planAt(ps, f);
        if (plan == null) {
            return new Next(null, false);
        }
        PositionForms.PlanForm form = PositionForms.plan(f.value(ps.text()));
        PositionForms.Counter c = form.counter();
        if (form.counts() && c != null) {
            int n = Integer.parseInt(c.number());
            // a bare "2" keeps its total in "Total Plans in Phase"
            Integer total = c.totalIsNumber() ? Integer.valueOf(c.total()) : c.bare() ? plan.total() : null;
            int next;
            if (plan.complete()) {
                // "3 of 7 complete" and 35-05 done: the counter names the plan just completed, 5, not 4
                next = Math.max(Math.max(n + 1, 1), id.planNumber());
            } else if (PlanStatus.isCompleted(ps, id.withPlan(n))) {
                // the file records the counter's own plan as done: it writes "Plan: [just completed] of [total]"
                // (GSD's execute-plan), so the counter becomes the plan completed now
                next = id.planNumber();
            } else {
                // "Plan: [current] of [total]" (gsd-tools' advance-plan): the counter moves on to the next plan
                next = id.planNumber() + 1;
            }
            boolean last = total != null && (plan.complete() ? next >= total : id.planNumber() >= total);
            if (total != null) {
                next = Math.min(next, total);
            }
            if (!plan.complete() && last) {
                next = total;
            }
            return new Next(PositionText.counter(c, Integer.toString(next), null, null), last);
        }
        if (form.id() != null) {
            return new Next(PositionText.id(form.id(), id), false);
        }
        // "Not started", "None", "—": name the plan that is now done
        return new Next(id + " complete", false);
    }
}
