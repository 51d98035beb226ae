package dev.atomstate.app;

import dev.atomstate.edit.PositionText;
import dev.atomstate.parse.PositionForms;

/**
 * The Phase and Current focus values rewritten for another phase (or a new name): each read in its form by
 * parse.PositionForms and written in it by edit.PositionText.
 */
final class PhaseValues {
    private PhaseValues() {
    }

    /** Compares phase numbers numerically, segment by segment: 5.1 after 5, 10 after 9. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            // BigInteger: a phase number in a file may be longer than any int ("99999999999999999999")
            java.math.BigInteger p = i < x.length ? new java.math.BigInteger(x[i]) : java.math.BigInteger.ONE.negate();
            java.math.BigInteger q = i < y.length ? new java.math.BigInteger(y[i]) : java.math.BigInteger.ONE.negate();
            if (p.compareTo(q) != 0) {
                return p.compareTo(q);
            }
        }
        return 0;
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
