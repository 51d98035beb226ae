package dev.atomstate.edit;

import dev.atomstate.model.PlanId;
import dev.atomstate.parse.DecisionForms;

/** A new decision item written in the form of its neighbours (as parse.DecisionForms read it). */
public final class DecisionText {
    private DecisionText() {
    }

    /**
     * {@code full} behind a label for phase {@code base} (the phase or plan as given, without a "Phase" word; {@code id}
     * when it is a plan id), opened and closed like {@code form}: "[Phase 35]: …", "**Phase 35 Plan 02**: …".
     */
    public static String labelled(DecisionForms.DecisionForm form, PlanId id, String base, String full) {
        return form.open() + label(form, id, base) + form.close() + full;
    }

    /** The phase label shaped like the template's: "35 Plan 02" stays in that shape, "35" or "61-02" as given. */
    private static String label(DecisionForms.DecisionForm form, PlanId id, String base) {
        if (id != null && form.labelKind() == DecisionForms.LabelKind.PHASE_PLAN) {
            return id.phase() + " Plan " + id.plan();
        }
        if (!form.phaseWord() && PlanId.isPhaseNumber(base) && form.labelKind() == DecisionForms.LabelKind.PLAN_ID) {
            return base;
        }
        return base.replace("]", "\\]").replace("*", "\\*");
    }
}
