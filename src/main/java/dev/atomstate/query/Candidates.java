package dev.atomstate.query;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;

import java.util.ArrayList;
import java.util.List;

/**
 * What shell completion offers from the current state file: the plan ids a command may name (the current phase's plans,
 * and the plans the file records) and the phase numbers (up to the phase total, and those the file names), each written
 * as the file writes it.
 */
public final class Candidates {
    private Candidates() {
    }

    /** The current phase's plans 1..total (or up to the next after the last done), then every plan the file records; in order. */
    public static List<String> plans(ParsedState ps) {
        StateModel m = ps.model();
        List<PlanId> ids = new ArrayList<>();
        StateModel.Position pos = m.position();
        if (pos.phase() != null && pos.phase().number() != null && PlanId.isPhaseNumber(pos.phase().number())) {
            PlanId done = PlanStatus.lastDone(ps);
            int last = pos.plan() != null && pos.plan().total() != null ? pos.plan().total()
                    : done != null && done.samePhase(pos.phase().number()) ? done.planNumber() + 1 : 0;
            for (int n = 1; n <= Math.min(last, 99); n++) {
                add(ids, WrittenPlanIds.asWritten(ps, new PlanId(pos.phase().number(), String.valueOf(n))));
            }
        }
        for (StateModel.MetricRow r : m.metrics()) {
            add(ids, PlanIds.parse(r.phase() + "-" + r.plan()));
        }
        for (StateModel.HistoryEntry h : m.history()) {
            add(ids, h.planId() == null ? null : PlanIds.parse(h.planId()));
        }
        ids.sort(null);
        return ids.stream().map(PlanId::toString).toList();
    }

    /** Phases 1..the phase total (padded like the current one), the current phase, and the phases of the recorded plans. */
    public static List<String> phases(ParsedState ps) {
        StateModel.Position pos = ps.model().position();
        List<String> out = new ArrayList<>();
        String current = pos.phase() == null ? null : pos.phase().number();
        if (current != null && PlanId.isPhaseNumber(current)) {
            Integer total = pos.phase().total();
            for (int n = 1; total != null && n <= Math.min(total, 999); n++) {
                addPhase(out, PlanId.padLike(current, String.valueOf(n)));
            }
            addPhase(out, current);
        }
        for (String plan : plans(ps)) {
            addPhase(out, plan.substring(0, plan.lastIndexOf('-')));
        }
        out.sort(PlanId::comparePhases);
        return out;
    }

    private static void add(List<PlanId> ids, PlanId id) {
        if (id != null && ids.stream().noneMatch(id::sameAs)) {
            ids.add(id);
        }
    }

    private static void addPhase(List<String> phases, String phase) {
        if (phases.stream().noneMatch(p -> PlanId.comparePhases(p, phase) == 0)) {
            phases.add(phase);
        }
    }
}
