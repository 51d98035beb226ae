package dev.atomstate.app;

import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionCompanions;
import dev.atomstate.parse.PositionForms;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The position as every writer writes it: each fact into every field that records it — the chosen field and its twins
 * (a bold "**Status:**" at the top and "Status:" under Current Position), each new value made from that field's own
 * old value, so each keeps its form — and, in GSD's separate-field dialect, into the field of its own each part has
 * (the phase name, the plan total, the activity's description beside its bare date). Old values go to the top of
 * their Previous chains where a field keeps one.
 */
final class PositionWrites {
    private final ParsedState ps;
    private final String text;
    private final List<TextEdit> edits;
    private final List<String> notes;
    private final Replacer out;
    private final PositionCompanions companions;

    PositionWrites(ParsedState ps, List<TextEdit> edits, List<String> notes) {
        this.ps = ps;
        this.text = ps.text();
        this.edits = edits;
        this.notes = notes;
        this.out = PositionLines.replacer(text, edits, notes);
        this.companions = ps.handles().companions() == null ? PositionCompanions.NONE : ps.handles().companions();
    }

    Replacer out() {
        return out;
    }

    /** The chosen field first, then its twins. */
    private static List<Field> all(Field chosen, List<Field> twins) {
        List<Field> fields = new ArrayList<>();
        if (chosen != null) {
            fields.add(chosen);
            fields.addAll(twins);
        }
        return fields;
    }

    /**
     * Writes {@code next} of each field's old value (null leaves it) into {@code chosen} and its twins; notes say
     * "{@code what} → value", with the line for a twin. With {@code chain}, an old value goes to the top of its field's
     * Previous chain.
     */
    private void each(Field chosen, List<Field> twins, String what, boolean chain, Function<Field, String> next) {
        for (Field f : all(chosen, twins)) {
            String old = f.value(text);
            String v = next.apply(f);
            if (v == null || v.equals(old)) {
                continue;
            }
            if (chain) {
                PositionLines.add(edits, PositionLines.previous(ps, f, old));
            }
            out.replace(f.value(), v, what + " → " + v + (f == chosen ? "" : " (line " + (f.line() + 1) + ")"));
        }
    }

    /** Every phase field for phase {@code number} (and {@code name}, when given), each in its form; the separate name field too. */
    void phase(String number, String name) {
        // a bare "**Current Phase:** 2" keeps its name in "**Current Phase Name:**", not beside the number
        each(ps.handles().phase(), companions.phases(), "phase", false, f -> {
            PositionForms.PhaseForm form = PositionForms.phase(f.value(text));
            if (name == null && form != null && PhaseValues.compare(form.number(), number) == 0) {
                return null; // "4" already names phase 04: the field's own padding stays
            }
            return PhaseValues.phase(f.value(text), number, companions.phaseName() != null && isBareNumber(f.value(text)) ? null : name);
        });
        if (name != null && companions.phaseName() != null) {
            out.replace(companions.phaseName().value(), name, "phase name → " + name);
        }
    }

    /** Every phase field that names no phase number yet ("Phase: Not started", "TBD") takes {@code number}. */
    void phaseWhereNone(String number) {
        each(ps.handles().phase(), companions.phases(), "phase", false,
                f -> PositionForms.phase(f.value(text)) == null ? PhaseValues.phase(f.value(text), number, null) : null);
    }

    /**
     * Writes {@code value} into every phase field as it is (a milestone start's "Not started (defining requirements)");
     * a bare-number phase field beside a separate name field takes {@code bare}, and the name field {@code name}.
     */
    void phaseText(String value, String bare, String name) {
        Field nameField = companions.phaseName();
        each(ps.handles().phase(), companions.phases(), "phase", false,
                f -> nameField != null && isBareNumber(f.value(text)) ? bare : value);
        if (nameField != null) {
            out.replace(nameField.value(), name, "phase name → " + name);
        }
    }

    /** Every plan field: {@code next} makes the new value from the field (null leaves it). */
    void plan(String what, Function<Field, String> next) {
        each(ps.handles().plan(), companions.plans(), what, false, next);
    }

    /** The separate "Total Plans in Phase" field, when the file has one. */
    void planTotal(Integer plans) {
        if (plans != null && companions.planTotal() != null) {
            String v = Styles.numberLike(companions.planTotal().value(text), plans.toString());
            out.replace(companions.planTotal().value(), v, "plans in phase → " + plans);
        }
    }

    /** Every status field: {@code next} of its old value; old values to the top of their chains. */
    void status(UnaryOperator<String> next) {
        each(ps.handles().status(), companions.statuses(), "status", true, f -> next.apply(f.value(text)));
    }

    /**
     * Every last-activity field at {@code now} with the description {@code describe} makes from the old one (see
     * PositionLines#activity); a bare date beside a separate description field stays a bare date, and the description
     * goes into its own field. Returns the chosen field's new value, or null when the file has no last activity.
     */
    String activity(ZonedDateTime now, UnaryOperator<String> describe) {
        Field chosen = ps.handles().lastActivity();
        Field description = companions.activityDescription();
        String[] result = new String[1];
        each(chosen, companions.activities(), "last activity", true, f -> {
            String old = f.value(text);
            String v = description != null && DateForms.isBareDate(old.strip()) ? Styles.dateLike(DateForms.of(old.strip()), now)
                    : PositionLines.activity(old, now, describe);
            if (f == chosen) {
                result[0] = v;
            }
            return v;
        });
        if (chosen != null && result[0] == null) {
            result[0] = chosen.value(text);
        }
        if (description != null) {
            String d = describe.apply(description.value(text));
            out.replace(description.value(), d, "last activity description → " + d);
        }
        return result[0];
    }

    /** Session continuity: every "Last session" (and gsd-tools' "Last Date") to now in its form, every "Stopped at", frontmatter stopped_at. */
    void session(ZonedDateTime now, String stoppedAt, FrontmatterSync fm) {
        ParsedState.Handles h = ps.handles();
        each(h.lastSession(), companions.lastSessions(), "last session", false,
                f -> Styles.dateLike(DateForms.of(f.value(text)), now));
        if (stoppedAt != null) {
            each(h.stoppedAt(), companions.stoppedAts(), "stopped at", false, f -> stoppedAt);
            if (fm != null) {
                fm.set("stopped_at", stoppedAt);
            }
        }
    }

    /** "Stopped at" values made from each field's own old value (the completion phrase it uses). */
    void stoppedAt(Function<String, String> next) {
        each(ps.handles().stoppedAt(), companions.stoppedAts(), "stopped at", false, f -> next.apply(f.value(text)));
    }

    /** GSD's separate-field dialect: the phase name or the plan total in a field of its own. */
    boolean separateFields() {
        return companions.phaseName() != null || companions.planTotal() != null;
    }

    /** "**Current Plan:** 2": a value that is a number alone. */
    static boolean isBareNumber(String value) {
        PositionForms.PlanForm form = PositionForms.plan(value.strip());
        return form.counter() != null && form.counter().bare();
    }
}
