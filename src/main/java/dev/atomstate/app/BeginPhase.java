package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
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
        Replacer out = PositionLines.replacer(text, edits, notes);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("phase", n);
        boolean same = cur != null && cur.number() != null && PhaseValues.compare(cur.number(), n) == 0;
        facts.put("alreadyCurrent", same);
        if (same) {
            // in flight: keep the plan counter, apply only what was asked
            String phaseValue = PhaseValues.phase(h.phase().value(text), n, name);
            out.replace(h.phase().value(), phaseValue, "phase → " + phaseValue);
            if (o.plans() != null && h.plan() != null) {
                PositionForms.Counter c = PositionForms.plan(ps).counter();
                if (c != null) {
                    String v = PositionText.counter(c, null, o.plans().toString(), null);
                    out.replace(h.plan().value(), v, "plan total → " + o.plans());
                }
            }
            if (name != null && h.focus() != null) {
                String f = PhaseValues.focus(h.focus().value(text), n, name);
                if (f != null) {
                    out.replace(h.focus().value(), f, "current focus → " + f);
                }
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
        Integer phases = PhaseValues.total(h.phase().value(text));
        if (phases != null && PlanId.comparePhases(n.replaceFirst("\\..*", ""), phases.toString()) > 0 && !o.force()) {
            throw AtomstateException.refused(ps.fileName() + ":" + cur.line() + ": phase " + n + " is beyond the " + phases
                    + " phases the file counts; use --force to begin it anyway");
        }
        String phaseValue = PhaseValues.phase(h.phase().value(text), n, name);
        out.replace(h.phase().value(), phaseValue, "phase → " + phaseValue);
        if (h.plan() != null) {
            String plan = firstPlan(ps, n, o.plans());
            if (plan != null) {
                out.replace(h.plan().value(), plan, "plan → " + plan);
            }
        }
        String label = "Phase " + PlanId.padLike(cur == null ? null : cur.number(), n) + (name == null ? "" : ": " + name);
        if (h.status() != null) {
            String old = h.status().value(text);
            boolean chain = h.chains().containsKey(h.status().line());
            String status = chain ? "Phase " + PlanId.padLike(cur == null ? null : cur.number(), n) + " STARTED" + (name == null ? "" : " - " + name)
                    : o.plans() != null ? "Ready to execute" : "Ready to plan";
            if (!old.equals(status)) {
                PositionLines.add(edits, PositionLines.previous(ps, h.status(), old));
                out.replace(h.status().value(), status, "status → " + status);
            }
        }
        if (h.lastActivity() != null) {
            String old = h.lastActivity().value(text);
            String activity = PositionLines.activity(old, now, example -> "Began " + label);
            PositionLines.add(edits, PositionLines.previous(ps, h.lastActivity(), old));
            out.replace(h.lastActivity().value(), activity, "last activity → " + activity);
        }
        if (h.focus() != null) {
            String f = PhaseValues.focus(h.focus().value(text), n, name);
            if (f != null) {
                out.replace(h.focus().value(), f, "current focus → " + f);
            }
        }
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        PositionLines.session(ps, out, fm, now, "Began " + label);
        fm.setPhase("current_phase", n);
        fm.statusActive(o.plans() != null);
        PositionLines.frontmatterActivity(fm, now, "Began " + label);
        fm.touch("last_updated", now);
        return new Change(List.copyOf(edits), List.copyOf(notes), "began phase " + n, facts);
    }

    /** The plan field for the first plan of a new phase, in its own form; null to leave it. */
    private static String firstPlan(ParsedState ps, String number, Integer plans) {
        StateModel.Plan plan = ps.model().position().plan();
        String raw = ps.handles().plan().value(ps.text());
        PositionForms.PlanForm form = PositionForms.plan(raw);
        PositionForms.Counter c = form.counter();
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
            return PlanId.padLike(ps.model().position().phase().number(), number) + "-" + PlanId.pad(1, width);
        }
        return null;
    }
}
