package dev.atomstate.check.rules;

import dev.atomstate.app.PlanStatus;
import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionValues;

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
    public void check(ParsedState state, Findings out) {
        var stopped = state.model().session().stoppedAt();
        PlanId done = PlanStatus.lastDone(state);
        if (stopped == null || done == null) {
            return;
        }
        PlanId at = PlanId.parse(String.valueOf(PositionValues.firstPlanId(stopped.text())));
        if (at == null || at.compareTo(done) >= 0) {
            return;
        }
        var f = state.handles().stoppedAt();
        String position = done.planNumber() == 0 ? "phase " + done.phase() : "plan " + done;
        out.add(stopped.line(), state.doc().columnAt(f.value().start()), "session stopped at " + at + " but the position is at "
                + position + " (line " + state.model().position().plan().line() + "); update Stopped at");
    }
}
