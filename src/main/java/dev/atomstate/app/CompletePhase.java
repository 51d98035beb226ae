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
        boolean named = cur != null && cur.number() != null;
        if (!named && o.number() == null) {
            throw AtomstateException.refused(ps.fileName() + ": the file names no current phase (Phase: N); say which phase is "
                    + "complete: atomstate complete-phase N");
        }
        String n = o.number() == null ? cur.number() : PlanIds.withoutPhaseWord(o.number().strip());
        if (!PlanId.isPlausiblePhaseNumber(n)) {
            throw AtomstateException.usage("'" + o.number() + "' is not a phase number; use e.g. 3 or 5.1 (at most "
                    + PlanId.MAX_PHASE_DIGITS + " digits a part)");
        }
        if (named && PhaseValues.compare(n, cur.number()) != 0) {
            throw AtomstateException.refused(ps.fileName() + ":" + cur.line() + ": phase " + n + " is not the current phase "
                    + cur.number() + "; only the current phase can be completed");
        }
        // a file whose position names no phase number: the phase named on the command line is the current one
        String phase = named ? cur.number() : n;
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
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        Replacer out = writes.out();
        if (!named) {
            writes.phaseWhereNone(phase);
        }
        planCounterAtTotal(ps, phase, o.force(), writes);
        facts.put("alreadyComplete", false);
        writes.status(old -> {
            boolean chain = h.status() != null && h.chains().containsKey(h.status().line()) && old.equals(h.status().value(text));
            if (chain) {
                return "Phase " + phase + " COMPLETE";
            }
            // "Executing Phase 3" → "Completed Phase 3", in the status's own form
            PositionForms.PhaseStatusForm form = PositionForms.phaseStatus(old);
            return form != null ? PositionText.phaseStatus(form, "Completed", phase) : "Phase " + phase + " complete";
        });
        writes.activity(now, e -> PositionForms.completion(e) == PositionForms.Completion.PHASE_UPPER
                ? "Phase " + phase + " COMPLETE" : "Completed Phase " + phase);
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        writes.session(now, "Completed Phase " + phase, fm);
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
                    + " add a 'Status:' or 'Last activity:' line under the current position");
        }
        return change;
    }

    /**
     * Moves the plan counter ("Plan: 2 of 4") of the current phase to its total; refused while plans of the phase are
     * not done, unless {@code force}. A plan field that is not a counter is left as it is.
     */
    static void planCounterAtTotal(ParsedState ps, String phase, boolean force, PositionWrites writes) {
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
        writes.plan("plan", f -> {
            PositionForms.Counter c = PositionForms.plan(f.value(ps.text())).counter();
            return c == null || !PositionForms.counts(f.value(ps.text())) ? null
                    : PositionText.counter(c, Integer.toString(plan.total()), null, null);
        });
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
