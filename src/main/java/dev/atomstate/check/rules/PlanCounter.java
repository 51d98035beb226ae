package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.Digits;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;

/** A counter past its total: "Plan: 5 of 3", "Phase: 38 of 37". */
public final class PlanCounter implements Rule {
    @Override
    public String id() {
        return "plan-counter";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "a plan or phase counter past its total";
    }

    @Override
    public String explanation() {
        return "A counter past its total: \"Plan: 5 of 3\", \"Phase: 38 of 37\". One of the two numbers is "
                + "wrong, and every command that counts on from it would carry the mistake.";
    }

    @Override
    public String fix() {
        return "Correct the count or the total in the Plan or Phase line ('atomstate set plan \"3 of 5\"' "
                + "changes only the value).";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel.Position pos = state.model().position();
        StateModel.Plan plan = pos.plan();
        if (plan != null && plan.number() != null && plan.total() != null && plan.number() > plan.total()) {
            out.add(plan.line(), state.doc().columnAt(state.handles().plan().value().start()), "plan counter says " + plan.number()
                    + " of " + plan.total() + "; the plan number cannot exceed the total — fix the count or the total");
        }
        StateModel.Phase phase = pos.phase();
        if (phase != null && phase.number() != null && phase.total() != null && Digits.isAll(phase.number(), 1, 9)
                && Integer.parseInt(phase.number()) > phase.total()) {
            out.add(phase.line(), state.doc().columnAt(state.handles().phase().value().start()), "phase counter says " + phase.number()
                    + " of " + phase.total() + "; the phase number cannot exceed the total — fix the count or the total");
        }
    }
}
