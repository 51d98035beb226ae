package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.parse.ParsedState;

/**
 * A metrics duration that cannot be read, or that is implausible for one plan (more than 8 hours: usually
 * seconds written as minutes, a line count, or a timestamp).
 */
public final class MetricDuration implements Rule {
    /** Longer than a working day for a single plan: almost always a unit mistake. */
    static final double IMPLAUSIBLE_MINUTES = 8 * 60;

    @Override
    public String id() {
        return "metric-duration";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a metrics duration that is unreadable or implausible";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        for (MetricRow row : state.model().metrics()) {
            String d = row.duration();
            if (d == null || d.isBlank() || d.equals("-") || d.equals("—")) {
                continue;
            }
            int column = column(state, row);
            if (row.minutes() == null) {
                out.add(row.line(), column, "duration '" + d + "' of plan " + row.phase() + "-" + row.plan()
                        + " is not a duration; write minutes, e.g. 12 min");
            } else if (row.minutes() > IMPLAUSIBLE_MINUTES) {
                out.add(row.line(), column, "duration '" + d + "' of plan " + row.phase() + "-" + row.plan() + " is "
                        + hours(row.minutes()) + " for one plan; it looks like seconds, a line count or a timestamp — write minutes");
            }
        }
    }

    private static String hours(double minutes) {
        double h = minutes / 60;
        if (h > 24 * 365) {
            return "over " + Math.round(h / 24 / 365) + " years";
        }
        if (h > 48) {
            return Math.round(h / 24) + " days";
        }
        return Math.round(h) + " hours";
    }

    private static int column(ParsedState state, MetricRow row) {
        var line = state.doc().line(row.line() - 1);
        int idx = line.content().indexOf("| " + row.duration());
        return idx < 0 ? 1 : state.doc().columnAt(line.start() + idx + 2);
    }
}
