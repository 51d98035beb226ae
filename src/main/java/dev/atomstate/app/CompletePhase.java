package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.query.PlanStatus;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * complete-phase [N]: records that the current phase is finished — Status "Phase N complete" (or "Phase N
 * COMPLETE" at the top of a Previous chain), Last activity, the plan counter at its total, and the frontmatter's
 * completed_phases. Only the current phase can be completed; a phase with plans not yet done is refused unless
 * --force; completing it again changes nothing.
 */
public final class CompletePhase {
    public record Options(String number, boolean force) {
    }

    private CompletePhase() {
    }

    public static Change run(ParsedState ps, Options o, ZonedDateTime now) {
        ParsedState.Handles h = ps.handles();
        String text = ps.text();
        StateModel.Phase cur = ps.model().position().phase();
        if (h.phase() == null || cur == null || cur.number() == null) {
            throw AtomstateException.refused(ps.fileName() + ": the file names no current phase (Phase: N); nothing to complete");
        }
        String n = o.number() == null ? cur.number() : PlanIds.withoutPhaseWord(o.number().strip());
        if (!PlanId.isPlausiblePhaseNumber(n)) {
            throw AtomstateException.usage("'" + o.number() + "' is not a phase number; use e.g. 3 or 5.1 (at most "
                    + PlanId.MAX_PHASE_DIGITS + " digits a part)");
        }
        if (PhaseValues.compare(n, cur.number()) != 0) {
            throw AtomstateException.refused(ps.fileName() + ":" + cur.line() + ": phase " + n + " is not the current phase "
                    + cur.number() + "; only the current phase can be completed");
        }
        String phase = cur.number();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("phase", phase);
        Integer recorded = recordedComplete(ps, phase);
        if (recorded != null) {
            facts.put("alreadyComplete", true);
            return new Change(List.of(), List.of("phase " + phase + " is already recorded as complete (line " + recorded
                    + "); nothing changed"), "phase " + phase + " already complete", facts);
        }
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Replacer out = PositionLines.replacer(text, edits, notes);
        planCounterAtTotal(ps, phase, o.force(), out);
        facts.put("alreadyComplete", false);
        if (h.status() != null) {
            String old = h.status().value(text);
            boolean chain = h.chains().containsKey(h.status().line());
            String v = chain ? "Phase " + phase + " COMPLETE" : "Phase " + phase + " complete";
            PositionLines.add(edits, PositionLines.previous(ps, h.status(), old));
            out.replace(h.status().value(), v, "status → " + v);
        }
        if (h.lastActivity() != null) {
            String old = h.lastActivity().value(text);
            String v = PositionLines.activity(old, now, e -> PositionForms.completion(e) == PositionForms.Completion.PHASE_UPPER
                    ? "Phase " + phase + " COMPLETE" : "Completed Phase " + phase);
            PositionLines.add(edits, PositionLines.previous(ps, h.lastActivity(), old));
            out.replace(h.lastActivity().value(), v, "last activity → " + v);
        }
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        PositionLines.session(ps, out, fm, now, "Completed Phase " + phase);
        fm.phaseCompleted();
        String fmActivity = fm.get("last_activity");
        if (fmActivity != null && DateForms.startsWithDate(fmActivity)) {
            fm.set("last_activity", Styles.dateLike(DateForms.of(fmActivity), now));
        }
        fm.touch("last_updated", now);
        Change change = new Change(List.copyOf(edits), List.copyOf(notes), "completed phase " + phase, facts);
        // as with complete-plan: counters alone cannot tell a second run that this phase was counted
        if (!change.isNoop() && recordedComplete(dev.atomstate.parse.StateParser.parse(ps.fileName(), change.apply(text)), phase) == null) {
            throw AtomstateException.refused(ps.fileName() + ": no line of this file would record phase " + phase
                    + " as complete (no status, activity or stopped-at line names it), so a second run could not tell;"
                    + " add a 'Status:' or 'Last activity:' line");
        }
        return change;
    }

    /**
     * Moves the plan counter ("Plan: 2 of 4") of the current phase to its total; refused while plans of the phase are
     * not done, unless {@code force}. A plan field that is not a counter is left as it is.
     */
    static void planCounterAtTotal(ParsedState ps, String phase, boolean force, Replacer out) {
        StateModel.Plan plan = ps.model().position().plan();
        if (plan == null || plan.total() == null || !PlanStatus.isCounter(plan)) {
            return;
        }
        PlanId done = PlanStatus.lastDone(ps);
        int doneCount = done == null ? 0 : done.planNumber();
        if (doneCount < plan.total() && !force) {
            throw AtomstateException.refused(ps.fileName() + ":" + plan.line() + ": phase " + phase + " has " + doneCount + " of "
                    + plan.total() + " plans done; complete them first (complete-plan) or use --force");
        }
        ParsedState.Handles h = ps.handles();
        PositionForms.Counter c = PositionForms.plan(ps).counter();
        if (c != null) {
            out.replace(h.plan().value(), PositionText.counter(c, Integer.toString(plan.total()), null, null), "plan → " + plan.total() + " of " + plan.total());
        }
    }

    /**
     * The line that records {@code phase} as complete — status, last activity or stopped at saying "Phase 3 complete",
     * "Phase 03 COMPLETE" or "Completed Phase 3" — or null.
     */
    static Integer recordedComplete(ParsedState ps, String phase) {
        StateModel m = ps.model();
        for (StateModel.Located l : new StateModel.Located[] {m.position().status(), m.session().stoppedAt(),
                m.position().lastActivity() == null ? null : new StateModel.Located(m.position().lastActivity().raw(), m.position().lastActivity().line())}) {
            if (l != null && saysPhaseComplete(l.text(), phase)) {
                return l.line();
            }
        }
        // a file whose body has no status, activity or session lines may still say it in the frontmatter
        if (!ps.doc().frontmatter().isEmpty()) {
            var stopped = ps.doc().frontmatter().get(0).entry("stopped_at");
            if (stopped != null && saysPhaseComplete(stopped.unquoted(), phase)) {
                return stopped.line() + 1;
            }
        }
        return null;
    }

    static boolean saysPhaseComplete(String text, String phase) {
        for (String said : PlanIds.phasesCompletedIn(text)) {
            if (PhaseValues.compare(said, phase) == 0) {
                return true;
            }
        }
        return false;
    }
}
