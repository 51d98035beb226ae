package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.MilestoneForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.VelocityForms;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * "Total plans completed" below what the file itself records: fewer than the plans in the metrics table, or
 * fewer than the done count of the progress line it belongs to.
 */
public final class VelocityTotal implements Rule {

    @Override
    public String id() {
        return "velocity-total";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "\"Total plans completed\" below the metric rows or the progress line";
    }

    @Override
    public String explanation() {
        return "\"Total plans completed\" is below the plans the metrics rows record, or below the done count of "
                + "the progress line it belongs to, so velocity and averages are computed from too few plans. A "
                + "total labelled for another milestone (\"200 (v1.0)\") is compared with that milestone only.";
    }

    @Override
    public String fix() {
        return "Write the number the message gives; 'atomstate complete-plan ID' counts it on with every plan.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel.Located total = state.model().velocity().totalPlans();
        if (total == null) {
            return;
        }
        VelocityForms.Count stated = VelocityForms.statedTotal(total.text().strip());
        if (stated == null) {
            return;
        }
        int n = Integer.parseInt(stated.number());
        String velocityLabel = MilestoneForms.vLabelIn(stated.rest());
        int column = state.doc().columnAt(state.handles().totalPlans().value().start());
        // the plans the metrics record count only for a total of no other milestone: not computed for one that is
        int recorded = velocityLabel == null ? new HashSet<>(Arrays.asList(MetricPlanKeys.of(state))).size() : 0;
        if (velocityLabel == null && recorded > n) {
            out.add(total.line(), column, "Total plans completed says " + n + " but the metrics table records " + recorded
                    + " plans; write " + recorded);
            return;
        }
        StateModel.ProgressSegment segment = segment(state.model().progress(), velocityLabel);
        if (segment != null && segment.done() != null && segment.done() > n) {
            out.add(total.line(), column, "Total plans completed says " + n + " but the progress line (line " + segment.line()
                    + ") counts " + segment.done() + " plans done; write " + segment.done());
        }
    }

    /** The progress segment the velocity total is about: the one with its label, or the only one. */
    private static StateModel.ProgressSegment segment(List<StateModel.ProgressSegment> segments, String label) {
        if (label != null) {
            for (StateModel.ProgressSegment s : segments) {
                if (label.equalsIgnoreCase(s.label())) {
                    return s;
                }
            }
            return null;
        }
        return segments.size() == 1 && segments.get(0).label() == null ? segments.get(0) : null;
    }
}
