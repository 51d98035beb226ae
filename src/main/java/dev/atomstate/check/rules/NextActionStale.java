package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionValues;

/** "Next action" names a phase before the current one. */
public final class NextActionStale implements Rule {
    @Override
    public String id() {
        return "next-action-stale";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "\"Next action\" names an earlier phase than the current one";
    }

    @Override
    public String explanation() {
        return "\"Next action\" names a phase before the current one: it was written for work that is already "
                + "done.";
    }

    @Override
    public String fix() {
        return "Rewrite Next action for the current phase ('atomstate set \"next action\" TEXT').";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel m = state.model();
        if (m.nextAction() == null || m.position().phase() == null || m.position().phase().number() == null) {
            return;
        }
        String named = PositionValues.subjectPhaseNumber(m.nextAction());
        if (named == null || PlanId.comparePhases(named, m.position().phase().number()) >= 0) {
            return;
        }
        int line = m.nextActionLine();
        int idx = state.doc().line(line - 1).content().indexOf("Phase " + named);
        out.add(line, idx < 0 ? 1 : idx + 1, "next action names phase " + named + " but the position is already in phase "
                + m.position().phase().number() + "; update the next action");
    }
}
