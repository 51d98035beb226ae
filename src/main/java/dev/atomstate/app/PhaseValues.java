package dev.atomstate.app;

import dev.atomstate.edit.PositionText;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.PositionForms;

/**
 * The Phase and Current focus values rewritten for another phase (or a new name): each read in its form by
 * parse.PositionForms and written in it by edit.PositionText.
 */
final class PhaseValues {
    private PhaseValues() {
    }

    /** Compares phase numbers numerically, segment by segment: 5.1 after 5, 10 after 9 (any length: no int to overflow). */
    static int compare(String a, String b) {
        return PlanId.comparePhases(a, b);
    }

    /** The "of M" total a phase value states, or null. */
    static Integer total(String value) {
        PositionForms.PhaseForm form = PositionForms.phase(value);
        return form == null ? null : form.total();
    }

    /** {@code old} for phase {@code number} named {@code name} (see {@link PositionText#phase}). */
    static String phase(String old, String number, String name) {
        return PositionText.phase(PositionForms.phase(old), number, name);
    }

    /** "Phase 2 - Meal Planner" → "Phase 3 - Export"; null when the focus names no phase. */
    static String focus(String old, String number, String name) {
        return PositionText.focus(PositionForms.focus(old), number, name);
    }
}
