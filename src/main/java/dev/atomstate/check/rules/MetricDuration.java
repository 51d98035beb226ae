package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.ParsedState;

/**
 * A metrics duration that cannot be read, or that is implausible for one plan (more than 8 hours: usually
 * seconds written as minutes, a line count, or a timestamp). The rule itself is {@link Durations#implausibility}.
 */
public final class MetricDuration implements Rule {
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
    public String explanation() {
        return "A duration in the per-plan metrics that cannot be read as minutes (\"—\", \"soon\"), or that is "
                + "more than 8 hours for one plan — usually seconds written as minutes (\"540\"), a line count, or "
                + "a timestamp (\"1771618929m\"). velocity leaves such rows out and says why.";
    }

    @Override
    public String fix() {
        return "Write the plan's duration in minutes or with a unit (\"14 min\", \"1h 5m\", \"1:05\"); "
                + "'atomstate metric ID --duration D --replace' rewrites the row.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        for (MetricRow row : state.model().metrics()) {
            String d = row.duration();
            String why = Durations.implausibility(d, row.minutes());
            if (why == null) {
                continue;
            }
            int column = column(state, row);
            if (row.minutes() == null) {
                out.add(row.line(), column, "duration '" + d + "' of plan " + row.phase() + "-" + row.plan()
                        + " is " + why + "; write minutes, e.g. 12 min");
            } else {
                out.add(row.line(), column, "duration '" + d + "' of plan " + row.phase() + "-" + row.plan() + " is "
                        + why + "; it looks like seconds, a line count or a timestamp — write minutes");
            }
        }
    }

    private static int column(ParsedState state, MetricRow row) {
        var line = state.doc().line(row.line() - 1);
        int idx = line.content().indexOf("| " + row.duration());
        return idx < 0 ? 1 : state.doc().columnAt(line.start() + idx + 2);
    }
}
