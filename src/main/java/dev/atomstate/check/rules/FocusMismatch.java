package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionValues;

/** "Current focus" names another phase than the position's "Phase:". */
public final class FocusMismatch implements Rule {
    @Override
    public String id() {
        return "focus-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "\"Current focus\" names another phase than the position";
    }

    @Override
    public String explanation() {
        return "\"Current focus\" names another phase than the position's \"Phase:\" — usually the focus line "
                + "was not updated when the phase changed, so the next session starts from the wrong phase.";
    }

    @Override
    public String fix() {
        return "Update Current focus (or Phase, if that is the stale one); 'atomstate begin-phase N' writes both "
                + "together.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        StateModel.Position pos = state.model().position();
        if (pos.focus() == null || pos.phase() == null || pos.phase().number() == null) {
            return;
        }
        String focusPhase = PositionValues.subjectPhaseNumber(pos.focus().text());
        if (focusPhase == null || PlanId.comparePhases(focusPhase, pos.phase().number()) == 0) {
            return;
        }
        var f = state.handles().focus();
        out.add(pos.focus().line(), state.doc().columnAt(f.value().start()), "current focus names phase " + focusPhase
                + " but the position is in phase " + pos.phase().number() + " (line " + pos.phase().line() + "); update one of them");
    }
}
