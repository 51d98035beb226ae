package dev.atomstate.edit;

import dev.atomstate.model.PlanId;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.PositionForms;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * New values for the position fields, written in the form the field already has (as parse.PositionForms read it):
 * a counter keeps its words and separator, an id its prefix and padding, a phase its counter and the way it names
 * the phase, an activity its date form and separator. Renders only; it reads nothing from the file itself.
 */
public final class PositionText {
    private PositionText() {
    }

    // ---- plan ----

    /**
     * The counter with {@code number}, {@code total} and {@code suffix} in place; null keeps the part as written. A bare
     * counter ("2") takes only the number: its total lives in a field of its own.
     */
    public static String counter(PositionForms.Counter c, String number, String total, String suffix) {
        String n = number == null ? c.number() : Styles.numberLike(c.number(), number);
        if (c.bare()) {
            return c.prefix() + n + c.suffix();
        }
        return c.prefix() + (number == null ? c.number() : number) + c.separator() + (total == null ? c.total() : total)
                + (suffix == null ? c.suffix() : suffix);
    }

    /** The id written for {@code plan}: "67-04" → "67-05", "17-agent-layer-03" → "17-agent-layer-04". */
    public static String id(PositionForms.Id form, PlanId plan) {
        return form.prefix() + (form.slug() ? form.phasePart() : plan.phase() + "-") + plan.plan() + form.suffix();
    }

    // ---- phase and focus ----

    /**
     * {@code old}'s form for phase {@code number} named {@code name}: "2 of 4 (Meal Planner)" → "3 of 4 (Export)",
     * "41-stream-compaction" → "42-query-federation", "08 (album-sharing) — EXECUTING" → "09 (x) — EXECUTING".
     * A null name keeps the old name when the number stays, and drops it for another phase. A suffix that says the
     * old phase was complete is dropped. A value that names no number becomes the number (and the name).
     */
    public static String phase(PositionForms.PhaseForm form, String number, String name) {
        if (form == null) {
            return name == null ? number : number + " (" + name + ")";
        }
        boolean same = PlanId.comparePhases(form.number(), number) == 0;
        String n = PlanId.padLike(form.number(), number);
        String rest = form.rest();
        String newRest;
        PositionForms.Parens p = form.parens();
        PositionForms.Separated s = form.separated();
        if (p != null) {
            String suffix = saysComplete(p.after()) && !same ? "" : p.after();
            newRest = name != null ? p.open() + (p.slug() ? slug(name) : name) + p.close() + suffix
                    : same ? rest : suffix;
        } else if (form.slug()) {
            newRest = name != null ? "-" + slug(name) : same ? rest : "";
        } else if (s != null) {
            newRest = name != null ? s.separator() + name : same ? rest : "";
        } else if (same) {
            newRest = rest.isBlank() && name != null ? " (" + name + ")" : rest;
        } else {
            // words about the old phase ("in progress → 1/2 plans complete") do not describe the new one
            newRest = name == null ? "" : " (" + name + ")";
        }
        return form.prefix() + n + form.counter() + newRest;
    }

    /** "Phase 2 - Meal Planner" → "Phase 3 - Export"; null when the focus names no phase. */
    public static String focus(PositionForms.FocusForm form, String number, String name) {
        if (form == null) {
            return null;
        }
        boolean same = PlanId.comparePhases(form.number(), number) == 0;
        String n = PlanId.padLike(form.number(), number);
        PositionForms.Separated s = form.separated();
        if (s != null) {
            return form.prefix() + n + (name != null ? s.separator() + name : same ? form.rest() : "");
        }
        return form.prefix() + n + (same ? form.rest() : name != null ? " - " + name : "");
    }

    private static boolean saysComplete(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.contains("complete") || l.contains("done");
    }

    /** A name as a slug: "Query Federation" → "query-federation". */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    // ---- activity, status, completion phrases ----

    /**
     * A new last-activity value: {@code now} in the old value's date form and separator, and the description
     * {@code describe} makes from the old one. A bare date stays a bare date; a description is never dropped.
     */
    public static String activity(PositionForms.ActivityForm form, ZonedDateTime now, UnaryOperator<String> describe) {
        if (form.date() == null) {
            return Styles.date(now) + " — " + describe.apply(form.description());
        }
        String date = Styles.dateLike(DateForms.of(form.date()), now);
        if (form.description().isBlank()) {
            return date;
        }
        String sep = form.separator() == null || form.separator().isBlank() ? " — " : form.separator();
        return date + sep + describe.apply(form.description());
    }

    /**
     * {@code word} ("Executing", "Completed") for phase {@code number} in a "Executing Phase 2" status: the word cased
     * like the old one, the number padded like it; what followed the old number stays only for the same phase.
     */
    public static String phaseStatus(PositionForms.PhaseStatusForm form, String word, String number) {
        String old = form.word();
        String w = old.equals(old.toUpperCase(Locale.ROOT)) && old.length() > 1 ? word.toUpperCase(Locale.ROOT)
                : Character.isLowerCase(old.charAt(0)) ? word.toLowerCase(Locale.ROOT) : word;
        boolean same = PlanId.comparePhases(form.number(), number) == 0;
        return w + form.phaseWord() + PlanId.padLike(form.number(), number) + (same ? form.rest() : "");
    }

    /** The status for plan {@code id} completed, in the status's own form, with {@code tail} after it. */
    public static String status(PositionForms.StatusForm form, PlanId id, String tail) {
        if (form.planWord() != null) {
            return form.prefix() + id.phase() + form.planWord() + id.plan() + form.doneWord() + tail;
        }
        return form.prefix() + id + form.doneWord() + tail;
    }

    /** A description of plan {@code id} completed, in the form of the one it replaces ({@code example}). */
    public static String completedPlan(PositionForms.Completion example, PlanId id, String title) {
        String suffix = title == null ? "" : ": " + title;
        return switch (example) {
            case PHASE_UPPER -> "Phase " + id + " COMPLETE" + suffix;
            // "Completed 02-02-PLAN.md (constituent table importer)": the title goes in parentheses there too
            case PLAN_FILE -> "Completed " + id + "-PLAN.md" + suffix;
            case PLAN_FILE_PARENTHESISED -> "Completed " + id + "-PLAN.md" + (title != null ? " (" + title + ")" : suffix);
            case COMPLETED_PHASE -> "Completed Phase " + id + suffix;
            default -> "Completed " + id + suffix;
        };
    }

    /** Where the session stopped after plan {@code id}, in the form of the old value. */
    public static String stoppedAfterPlan(PositionForms.Completion old, PlanId id, String title) {
        String suffix = title == null ? "" : " - " + title;
        return switch (old) {
            case PHASE_UPPER -> "Phase " + id + " COMPLETE" + suffix;
            case PHASE_LOWER -> "Phase " + id + " complete" + suffix;
            case COMPLETED_PHASE -> "Completed Phase " + id + suffix;
            default -> "Completed " + id + "-PLAN.md";
        };
    }
}
