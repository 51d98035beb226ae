package dev.atomstate.parse;

import dev.atomstate.model.Digits;
import dev.atomstate.model.StateModel;

/**
 * The position of GSD's separate-field dialect, read into the model: {@code **Current Phase Name:**} and
 * {@code **Total Phases:**} are the phase's name and total, {@code **Total Plans in Phase:**} the plan counter's total
 * beside a bare {@code **Current Plan:** 2}, and {@code **Last Activity Description:**} the text of a bare-date
 * {@code **Last Activity:**}. A part the main field already states wins.
 */
public final class SeparateFields {
    private SeparateFields() {
    }

    /**
     * The plan a field records, read as the model reads the chosen plan field: a twin ("**Current Plan:** 1" beside
     * "Plan: 3 of 5") says its own number, with the separate total where it is bare.
     */
    public static StateModel.Plan planAt(ParsedState ps, Field f) {
        if (f == ps.handles().plan()) {
            return ps.model().position().plan();
        }
        StateModel.Phase phase = ps.model().position().phase();
        return plan(ps.text(), PositionValues.plan(f.value(ps.text()), f.line() + 1, phase == null ? null : phase.number()),
                ps.handles().companions());
    }

    static StateModel.Phase phase(String text, StateModel.Phase phase, PositionCompanions c) {
        if (phase == null) {
            return null;
        }
        String name = phase.name();
        if (name == null && c.phaseName() != null) {
            String v = PositionValues.stripDecoration(c.phaseName().value(text));
            name = v.isEmpty() || StatusWords.isNone(v) ? null : v;
        }
        Integer total = phase.total() != null ? phase.total() : number(text, c.totalPhases());
        return new StateModel.Phase(phase.number(), name, total, phase.raw(), phase.line(), phase.state());
    }

    static StateModel.Plan plan(String text, StateModel.Plan plan, PositionCompanions c) {
        if (plan == null || plan.total() != null || plan.number() == null) {
            return plan;
        }
        Integer total = number(text, c.planTotal());
        return total == null ? plan : new StateModel.Plan(plan.id(), plan.number(), total, plan.complete(), plan.raw(), plan.line());
    }

    static StateModel.Activity activity(String text, StateModel.Activity activity, PositionCompanions c) {
        if (activity == null || activity.text() != null || c.activityDescription() == null) {
            return activity;
        }
        String d = c.activityDescription().value(text).strip();
        return d.isEmpty() ? activity : new StateModel.Activity(activity.date(), d, activity.raw(), activity.line());
    }

    private static Integer number(String text, Field f) {
        if (f == null) {
            return null;
        }
        String v = PositionValues.stripDecoration(f.value(text));
        return Digits.isAll(v, 1, 6) ? Integer.valueOf(v) : null;
    }
}
