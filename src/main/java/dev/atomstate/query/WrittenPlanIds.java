package dev.atomstate.query;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Plan ids as this file writes them: which padding its phase and plan numbers use ("03-02", not "3-2"), from the
 * ids it already writes. Commands match ids numerically but write them the file's way; JSON shows them so too.
 */
public final class WrittenPlanIds {
    private WrittenPlanIds() {
    }

    /** {@code id} padded the way this file writes plan ids (see {@link #padded}). */
    public static PlanId asWritten(ParsedState ps, PlanId id) {
        return padded(id, ps.model().position(), writtenPlanIds(ps));
    }

    /**
     * The id as the file pads it: "3-2" in a file that writes phase "03" becomes "03-02". The phase is spelled
     * like the plan ids the file already writes for that phase ("Phase: 2 of 3" next to "Completed
     * 02-02-PLAN.md" and "| Phase 02 P02 |" gives "02-03"), else like the position's phase number.
     */
    private static PlanId padded(PlanId id, StateModel.Position pos, List<PlanId> written) {
        String phase = id.phase();
        if (pos.phase() != null && pos.phase().number() != null && id.samePhase(pos.phase().number())) {
            phase = pos.phase().number();
        }
        boolean seen = false;
        for (PlanId w : written) {
            if (id.samePhase(w.phase())) {
                phase = w.phase();
                seen = true;
                break;
            }
        }
        if (!seen && phase.equals(id.phase()) && pos.phase() != null && pos.phase().number() != null) {
            // another phase than the current one: padded like the current one ("03" next to "4" gives "04")
            phase = PlanId.padLike(pos.phase().number(), id.phase());
        }
        if (!seen && !written.isEmpty()) {
            // the phase's first id: padded like the ids of the other phases ("02-03" written, so phase 3 is "03")
            phase = PlanId.padLike(written.get(0).phase(), PlanIds.withoutLeadingZeros(phase));
        } else if (!seen && PlanIds.isSingleDigitPhase(PlanIds.withoutLeadingZeros(phase))) {
            // no id written anywhere yet: padded as GSD names the plan files ("Phase: 1" → 01-02-PLAN.md)
            phase = "0" + PlanIds.withoutLeadingZeros(phase);
        }
        int width = 2;
        if (pos.plan() != null && pos.plan().id() != null && !PlanStatus.isCounter(pos.plan())) {
            PlanId p = PlanIds.parse(pos.plan().id());
            if (p != null) {
                width = p.plan().length();
            }
        }
        return new PlanId(phase, PlanId.pad(id.planNumber(), Math.max(width, 1)));
    }

    /**
     * Plan ids as the file writes them, most authoritative first: a plan-id position, the last activity and the session
     * (they name plan files, "Completed 02-01-PLAN.md"), then metrics rows (newest first; gsd-tools writes their ids as
     * typed, "Phase 2 P1").
     */
    private static List<PlanId> writtenPlanIds(ParsedState ps) {
        StateModel m = ps.model();
        List<PlanId> out = new ArrayList<>();
        StateModel.Plan plan = m.position().plan();
        if (plan != null && plan.id() != null && !PlanStatus.isCounter(plan)) {
            addId(out, plan.id());
        }
        if (m.position().lastActivity() != null) {
            addId(out, PositionValues.firstPlanId(m.position().lastActivity().raw()));
            addId(out, PositionValues.firstPlanId(m.position().lastActivity().text()));
        }
        if (m.session().stoppedAt() != null) {
            addId(out, PositionValues.firstPlanId(m.session().stoppedAt().text()));
        }
        for (int i = m.metrics().size() - 1; i >= 0; i--) {
            StateModel.MetricRow r = m.metrics().get(i);
            addId(out, r.phase() + "-" + r.plan());
        }
        return out;
    }

    private static void addId(List<PlanId> out, String text) {
        PlanId id = text == null ? null : PlanIds.parse(text);
        if (id != null) {
            out.add(id);
        }
    }

}
