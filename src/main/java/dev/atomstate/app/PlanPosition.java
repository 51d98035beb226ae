package dev.atomstate.app;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.PlanStatus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan field after completing a plan, written in the field's own form. */
final class PlanPosition {
    private PlanPosition() {
    }

    /** {@code planValue} null means: leave the field as it is. */
    record Next(String planValue, boolean lastInPhase) {
    }

    static final Pattern COUNTER = Pattern.compile("^(\\D*?)(\\d{1,9})(\\s*(?:of|/)\\s*)(\\d{1,9}(?!\\d)|\\?|TBD|[A-Z][A-Z ]*)(.*)$", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("^(\\D*?)(\\d+(?:\\.\\d+)*)(-)(\\d+)(?![\\d.])(.*)$", Pattern.DOTALL);
    private static final Pattern SLUG_ID = Pattern.compile("^(\\D*?)(\\d+(?:\\.\\d+)*-[A-Za-z][\\w-]*?-)(\\d+)(?![\\w.])(.*)$", Pattern.DOTALL);

    static Next advance(ParsedState ps, PlanId id) {
        StateModel.Plan plan = ps.model().position().plan();
        if (plan == null) {
            return new Next(null, false);
        }
        String raw = ps.handles().plan().value(ps.text());
        Matcher c = COUNTER.matcher(raw);
        if (PlanStatus.isCounter(plan) && c.matches()) {
            int n = Integer.parseInt(c.group(2));
            Integer total = c.group(4).matches("\\d+") ? Integer.valueOf(c.group(4)) : null;
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
            return new Next(c.group(1) + next + c.group(3) + c.group(4) + c.group(5), last);
        }
        Matcher slug = SLUG_ID.matcher(raw);
        if (slug.matches()) {
            return new Next(slug.group(1) + slug.group(2) + id.plan() + slug.group(4), false);
        }
        Matcher m = ID.matcher(raw);
        if (m.matches()) {
            return new Next(m.group(1) + id.phase() + m.group(3) + id.plan() + m.group(5), false);
        }
        // "Not started", "None", "—": name the plan that is now done
        return new Next(id + " complete", false);
    }
}
