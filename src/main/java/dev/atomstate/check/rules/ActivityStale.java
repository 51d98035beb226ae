package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionValues;
import dev.atomstate.query.PlanStatus;

/**
 * "Last activity" describes a plan older than the one the position records as done: the activity line was not
 * updated when the later plan finished.
 */
public final class ActivityStale implements Rule {
    @Override
    public String id() {
        return "activity-stale";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "\"Last activity\" describes an older plan than the position";
    }

    @Override
    public String explanation() {
        return "\"Last activity\" describes a plan older than the one the position records as done: the activity "
                + "line was not updated when the later plan finished. Plans are only compared within a phase.";
    }

    @Override
    public String fix() {
        return "Describe the latest work in Last activity; 'atomstate complete-plan ID' writes it when a plan is "
                + "done.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel.Activity activity = state.model().position().lastActivity();
        PlanId done = PlanStatus.lastDone(state);
        if (activity == null || activity.text() == null || done == null || done.planNumber() == 0) {
            return;
        }
        String named = PositionValues.firstPlanId(activity.text());
        PlanId at = named == null ? null : PlanIds.parse(named);
        // plan ids only order within a phase: projects do not always run phases in number order
        if (at == null || !at.samePhase(done.phase()) || at.compareTo(done) >= 0) {
            return;
        }
        out.add(activity.line(), 1, "Last activity describes plan " + at + " but the position records plan " + done
                + " as done; describe the latest work in Last activity");
    }
}
