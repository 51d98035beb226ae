package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.parse.ParsedState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan recorded twice in the per-plan metrics. */
public final class DuplicateMetric implements Rule {
    @Override
    public String id() {
        return "duplicate-metric";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a plan recorded twice in the metrics";
    }

    @Override
    public String explanation() {
        return "A plan has two rows in the per-plan metrics, so velocity and totals count it twice.";
    }

    @Override
    public String fix() {
        return "Keep one of the rows. 'atomstate check --fix' deletes a row that repeats an earlier one exactly; "
                + "rows with different durations are left for you to choose ('atomstate metric ID --duration D "
                + "--replace' rewrites one).";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        Map<String, Integer> first = new HashMap<>();
        List<MetricRow> rows = state.model().metrics();
        String[] keys = MetricPlanKeys.of(state);
        for (int i = 0; i < keys.length; i++) {
            MetricRow row = rows.get(i);
            Integer seen = first.putIfAbsent(keys[i], row.line());
            if (seen != null) {
                out.add(row.line(), 1, "plan " + new PlanId(row.phase(), row.plan()) + " already has a metrics row at line " + seen
                        + "; keep one of them");
            }
        }
    }
}
