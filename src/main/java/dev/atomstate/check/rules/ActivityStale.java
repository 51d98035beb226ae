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
 * updated when the later plan finished. Within the position's phase plans order by number; a plan of another phase is
 * older when its phase number is lower and the position's phase already has a plan done ("Plan: 67-04" while the activity
 * is "Phase 62-01 COMPLETE"). A plan of a later phase is not reported: phases do not always run in number order.
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
                + "line was not updated when the later plan finished. Within a phase plans order by number; a plan of an "
                + "earlier phase is older once the position's phase has a plan done (a later phase is not reported: "
                + "phases do not always run in number order).";
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
        if (at == null) {
            return;
        }
        if (at.samePhase(done.phase())) {
            if (at.compareTo(done) < 0) {
                out.add(activity.line(), 1, "Last activity describes plan " + at + " but the position records plan " + done
                        + " as done; describe the latest work in Last activity");
            }
            return;
        }
        if (PlanId.comparePhases(at.phase(), done.phase()) < 0) {
            out.add(activity.line(), 1, "Last activity describes plan " + at + " of phase " + at.phase() + " but the position is at plan "
                    + done + " of phase " + done.phase() + "; describe the latest work in Last activity");
        }
    }
}
