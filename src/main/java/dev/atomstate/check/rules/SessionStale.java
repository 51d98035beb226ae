package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionValues;
import dev.atomstate.query.PlanStatus;

/** Session continuity ("Stopped at") names a plan before the one the position has completed. */
public final class SessionStale implements Rule {
    @Override
    public String id() {
        return "session-stale";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "session continuity is behind the current position";
    }

    @Override
    public String explanation() {
        return "Session continuity (\"Stopped at\") names a plan before the last one the file records as done, "
                + "so a session that resumes from it repeats finished work. Plans are only compared within a phase.";
    }

    @Override
    public String fix() {
        return "Update Stopped at: 'atomstate session --stopped-at TEXT', or let 'atomstate complete-plan ID' "
                + "write it when a plan is done.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        var stopped = state.model().session().stoppedAt();
        PlanId done = latestDone(state);
        if (stopped == null || done == null) {
            return;
        }
        PlanId at = PlanIds.parse(String.valueOf(PositionValues.firstPlanId(stopped.text())));
        if (at == null || at.compareTo(done) >= 0) {
            return;
        }
        var f = state.handles().stoppedAt();
        out.add(stopped.line(), state.doc().columnAt(f.value().start()), "session stopped at " + at
                + " but the file records plan " + done + " as done; update Stopped at");
    }

    /**
     * The latest plan the file says is done: the position's (a new phase at plan 0 has none yet, so a session
     * that stopped at the previous phase's last plan is not behind), or the plan a "Last activity" in the
     * current phase reports completed. Plan ids only order within a phase: projects do not always run
     * phases in number order.
     */
    private static PlanId latestDone(ParsedState state) {
        PlanId best = PlanStatus.lastDone(state);
        if (best != null && best.planNumber() == 0) {
            best = null;
        }
        var activity = state.model().position().lastActivity();
        var phase = state.model().position().phase();
        if (activity != null && activity.text() != null && PositionValues.saysComplete(activity.text())) {
            PlanId a = PlanIds.parse(String.valueOf(PositionValues.firstPlanId(activity.text())));
            boolean samePhase = phase == null || phase.number() == null || a != null && a.samePhase(phase.number());
            if (a != null && samePhase && (best == null || a.compareTo(best) > 0)) {
                best = a;
            }
        }
        return best;
    }
}
