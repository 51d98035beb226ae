package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionForms;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * begin-phase N: moves the position to phase N — Phase, Plan (the first plan of C), Status, Last activity (old
 * values to the top of their Previous chains where the file keeps them), Current focus. The phase already in
 * flight is never reset: beginning it again only applies a new --name or --plans and keeps the plan counter.
 * Going back to an earlier phase is refused unless --force.
 */
public final class BeginPhase {
    public record Options(String number, String name, Integer plans, boolean force) {
    }

    private BeginPhase() {
    }

    public static Change run(ParsedState ps, Options o, ZonedDateTime now) {
        String n = o.number() == null ? null : PlanIds.withoutPhaseWord(o.number().strip());
        if (!PlanId.isPlausiblePhaseNumber(n)) {
            throw AtomstateException.usage("'" + o.number() + "' is not a phase number; use e.g. 3 or 5.1 (at most "
                    + PlanId.MAX_PHASE_DIGITS + " digits a part)");
        }
        String name = o.name() == null ? null : UserText.oneLine("--name", o.name());
        if (o.plans() != null && o.plans() < 1) {
            throw AtomstateException.usage("--plans takes a number of 1 or more");
        }
        ParsedState.Handles h = ps.handles();
        String text = ps.text();
        if (h.phase() == null) {
            throw AtomstateException.refused(ps.fileName() + ": no Phase field in the current position to update; add 'Phase: "
                    + n + "' under '## Current Position'");
        }
        StateModel.Phase cur = ps.model().position().phase();
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        Replacer out = writes.out();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("phase", n);
        boolean same = cur != null && cur.number() != null && PhaseValues.compare(cur.number(), n) == 0;
        facts.put("alreadyCurrent", same);
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        if (same) {
            // in flight: keep the plan counter, apply only what was asked
            writes.phase(n, name);
            if (o.plans() != null) {
                writes.plan("plan total", f -> {
                    PositionForms.Counter c = PositionForms.plan(f.value(text)).counter();
                    return c == null || c.bare() ? null : PositionText.counter(c, null, o.plans().toString(), null);
                });
                writes.planTotal(o.plans());
                fm.set("total_plans_in_phase", o.plans().toString());
                StateModel.Plan plan = ps.model().position().plan();
                int before = plan == null || plan.total() == null ? 0 : plan.total();
                ProgressUpdate.plansAdded(ps, o.plans() - before, out, notes);
            }
            if (name != null && h.focus() != null) {
                String f = PhaseValues.focus(h.focus().value(text), n, name);
                if (f != null) {
                    out.replace(h.focus().value(), f, "current focus → " + f);
                }
            }
            if (name != null) {
                fm.set("current_phase_name", name);
            }
            String why = "phase " + n + " is already the current phase; its plan counter is kept";
            if (edits.isEmpty()) {
                return new Change(List.of(), List.of(why + "; nothing changed"), "phase " + n + " already current", facts);
            }
            notes.add(0, why);
            return new Change(List.copyOf(edits), List.copyOf(notes), "updated current phase " + n, facts);
        }
        if (cur != null && cur.number() != null && PhaseValues.compare(n, cur.number()) < 0 && !o.force()) {
            throw AtomstateException.refused(ps.fileName() + ":" + cur.line() + ": phase " + n + " comes before the current phase "
                    + cur.number() + "; use --force to go back");
        }
        Integer phases = cur != null && cur.total() != null ? cur.total() : PhaseValues.total(h.phase().value(text));
        if (phases != null && PlanId.comparePhases(n.replaceFirst("\\..*", ""), phases.toString()) > 0 && !o.force()) {
            throw AtomstateException.refused(ps.fileName() + ":" + cur.line() + ": phase " + n + " is beyond the " + phases
                    + " phases the file counts; use --force to begin it anyway");
        }
        Field nameField = h.companions().phaseName();
        if (name == null && nameField != null) {
            // as milestone start with milestone_name: the old phase's name would be left on the new phase
            throw AtomstateException.usage("this file names its phase ('" + nameField.key() + ": " + nameField.value(text)
                    + "'); give the new phase's name with --name S");
        }
        writes.phase(n, name);
        writes.plan("plan", f -> firstPlan(ps, f, n, o.plans()));
        writes.planTotal(o.plans());
        if (o.plans() != null) {
            ProgressUpdate.plansAdded(ps, o.plans(), out, notes);
        }
        String padded = PlanId.padLike(cur == null ? null : cur.number(), n);
        String label = "Phase " + padded + (name == null ? "" : ": " + name);
        writes.status(old -> {
            boolean chain = h.status() != null && h.chains().containsKey(h.status().line()) && old.equals(h.status().value(text));
            if (chain) {
                return "Phase " + padded + " STARTED" + (name == null ? "" : " - " + name);
            }
            // "Executing Phase 2" (what gsd-tools' begin-phase writes) is followed in its own form
            PositionForms.PhaseStatusForm form = PositionForms.phaseStatus(old);
            if (form != null) {
                return PositionText.phaseStatus(form, o.plans() != null ? "Executing" : "Planning", n);
            }
            if (writes.separateFields()) {
                // the dialect's own begin-phase status (gsd-tools writes "Executing Phase N" into these files)
                return (o.plans() != null ? "Executing Phase " : "Planning Phase ") + padded;
            }
            return o.plans() != null ? "Ready to execute" : "Ready to plan";
        });
        writes.activity(now, example -> "Began " + label);
        if (h.focus() != null) {
            String f = PhaseValues.focus(h.focus().value(text), n, name);
            if (f != null) {
                out.replace(h.focus().value(), f, "current focus → " + f);
            }
        }
        writes.session(now, "Began " + label, fm);
        fm.setPhase("current_phase", n);
        if (name != null) {
            fm.set("current_phase_name", name);
        }
        if (fm.has("current_plan")) {
            fm.set("current_plan", dev.atomstate.edit.Styles.numberLike(fm.get("current_plan"), "1"));
        }
        if (o.plans() != null) {
            fm.set("total_plans_in_phase", o.plans().toString());
        }
        fm.statusActive(o.plans() != null);
        PositionLines.frontmatterActivity(fm, now, "Began " + label);
        fm.touch("last_updated", now);
        return new Change(List.copyOf(edits), List.copyOf(notes), "began phase " + n, facts);
    }

    /** Plan field {@code f} (the chosen one or a twin) for the first plan of a new phase, in its own form; null to leave it. */
    private static String firstPlan(ParsedState ps, Field f, String number, Integer plans) {
        StateModel.Plan plan = dev.atomstate.parse.SeparateFields.planAt(ps, f);
        String raw = f.value(ps.text());
        PositionForms.PlanForm form = PositionForms.plan(raw);
        PositionForms.Counter c = form.counter();
        if (plan != null && form.counts() && c != null && c.bare()) {
            // "**Current Plan:** 2" beside "**Total Plans in Phase:** 3": the total is a field of its own, and it counts plans
            if (plans == null && ps.handles().companions().planTotal() != null) {
                throw AtomstateException.usage("this file counts plans ('" + ps.handles().companions().planTotal().key() + ": "
                        + ps.handles().companions().planTotal().value(ps.text()) + "'); give the new phase's plan count with --plans C");
            }
            return PositionText.counter(c, "1", null, null);
        }
        if (plan != null && form.counts() && c != null) {
            String total = plans != null ? plans.toString() : c.totalIsNumber() ? null : c.total();
            if (total == null) {
                throw AtomstateException.usage("this file counts plans ('" + raw + "'); give the new phase's plan count with --plans C");
            }
            String rest = c.suffix();
            String lower = rest.toLowerCase(Locale.ROOT);
            if (!plan.complete() && (lower.contains("done") || lower.contains("complete") || c.suffixHasDigit())) {
                rest = "";
            }
            return PositionText.counter(c, plan.complete() ? "0" : "1", total, rest);
        }
        // a placeholder such as milestone start leaves ("—", "None", "Not started", "TBD") becomes a counter
        if (plans != null && form.notAPlan()) {
            return "1 of " + plans;
        }
        if (plan != null && plan.id() != null && form.idLike()) {
            PlanId old = PlanIds.parse(plan.id());
            int width = old == null ? 2 : old.plan().length();
            StateModel.Phase phase = ps.model().position().phase();
            return PlanId.padLike(phase == null ? null : phase.number(), number) + "-" + PlanId.pad(1, width);
        }
        return null;
    }
}
