package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.Digits;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.Roadmap;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.query.Totals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * STATE.md names a phase or a count the roadmap (or the phase folders) does not have: the current phase is not
 * in ROADMAP.md, "Phase: 7 of 9" while the roadmap has 8 phases, "Plan: 2 of 4" while the roadmap (or the
 * phase's folder) has 3 plans. Silent without a roadmap. A phase below the roadmap's first one is not flagged:
 * roadmaps drop the phases of shipped milestones. A phase total matches when it equals the phases of the
 * current milestone, all phases, or the highest phase number (files count either way).
 */
public final class RoadmapMismatch implements Rule {
    @Override
    public String id() {
        return "roadmap-mismatch";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a phase or plan count that ROADMAP.md or the phase folders do not have";
    }

    @Override
    public String explanation() {
        return "STATE.md names a phase or a count that ROADMAP.md or the phase folders beside it do not have: "
                + "the current phase is not in the roadmap, \"Phase: 7 of 9\" while the roadmap lists 8 (the "
                + "milestone's phases, all phases or the highest phase number are accepted), \"Plan: 2 of 4\" while "
                + "the roadmap or the phase folder has 3 plans. Silent without a roadmap; a phase below the "
                + "roadmap's first is not flagged, since roadmaps drop shipped milestones.";
    }

    @Override
    public String fix() {
        return "Update the total in STATE.md or the roadmap, whichever is behind; 'atomstate progress' shows "
                + "every source of each number.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        // needs the roadmap: see check(state, context, out)
    }

    @Override
    public void check(ParsedState state, dev.atomstate.check.CheckContext context, Findings out) {
        Neighbours n = context.neighbours();
        StateModel.Position pos = state.model().position();
        if (n.isEmpty() || pos.phase() == null || pos.phase().number() == null) {
            return;
        }
        StateModel.Phase phase = pos.phase();
        int column = state.handles().phase() == null ? 1 : state.doc().columnAt(state.handles().phase().value().start());
        Roadmap r = n.roadmap();
        String roadmapName = n.roadmapFile() == null ? "ROADMAP.md" : n.roadmapFile();
        if (r != null && !r.phases().isEmpty()) {
            List<Roadmap.Phase> integers = wholeNumbered(r.phases());
            if (!integers.isEmpty() && Digits.isAll(phase.number()) && r.phase(phase.number()) == null
                    && PlanId.comparePhases(phase.number(), integers.get(0).number()) > 0) {
                out.add(phase.line(), column, "phase " + phase.number() + " is not in " + roadmapName + " (it lists phases "
                        + integers.get(0).number() + "–" + integers.get(integers.size() - 1).number() + "); add it to the roadmap or correct the phase");
            }
            if (phase.total() != null && !integers.isEmpty()) {
                Set<Integer> accepted = new LinkedHashSet<>();
                String milestone = Totals.milestone(state, r);
                List<Roadmap.Phase> ofMilestone = Totals.milestonePhases(r, milestone);
                accepted.add(ofMilestone.size());
                accepted.add(wholeNumbered(ofMilestone).size());
                accepted.add(r.phases().size());
                accepted.add(integers.size());
                accepted.add(Integer.parseInt(trim(integers.get(integers.size() - 1).number())));
                if (!accepted.contains(phase.total())) {
                    out.add(phase.line(), column, "the position says " + phase.total() + " phases but " + roadmapName + " lists "
                            + ofMilestone.size() + (milestone != null && ofMilestone != r.phases() ? " in " + milestone : "")
                            + "; update the phase total or the roadmap");
                }
            }
        }
        StateModel.Plan plan = pos.plan();
        if (plan == null || plan.total() == null || state.handles().plan() == null) {
            return;
        }
        int planColumn = state.doc().columnAt(state.handles().plan().value().start());
        Roadmap.Phase inRoadmap = r == null ? null : r.phase(phase.number());
        if (inRoadmap != null && inRoadmap.plans() != null && !inRoadmap.plans().equals(plan.total())) {
            out.add(plan.line(), planColumn, "the plan counter says " + plan.total() + " plans in phase " + phase.number() + " but "
                    + roadmapName + " lists " + inRoadmap.plans() + " (" + inRoadmap.plansSource() + ", line " + inRoadmap.line()
                    + "); update one of them");
        }
        Roadmap.Phase folder = n.folders() == null ? null : n.folders().phase(phase.number());
        if (folder != null && folder.plans() != null && folder.plans() > 0 && !folder.plans().equals(plan.total())) {
            out.add(plan.line(), planColumn, "the plan counter says " + plan.total() + " plans in phase " + phase.number() + " but "
                    + n.phasesDir() + " holds " + folder.plans() + " PLAN files for it; update the counter");
        }
    }

    private static String trim(String digits) {
        String t = PlanIds.withoutLeadingZeros(digits);
        return t.length() > 9 ? t.substring(t.length() - 9) : t;
    }

    /** The phases numbered with a whole number ("3", not "3.1"), in their order. */
    private static List<Roadmap.Phase> wholeNumbered(List<Roadmap.Phase> phases) {
        List<Roadmap.Phase> out = new java.util.ArrayList<>();
        for (Roadmap.Phase p : phases) {
            if (Digits.isAll(p.number())) {
                out.add(p);
            }
        }
        return out;
    }
}
