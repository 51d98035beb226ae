package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.SegmentText;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.parse.ProgressLine;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * milestone complete: records that the current milestone is finished — Status and Last activity "Milestone v1.2
 * complete" ("… COMPLETE" at the top of a Previous chain), the current phase's plan counter at its total, a progress
 * segment that states only a percent at 100%, session continuity, and the frontmatter's status "completed",
 * completed_phases, last_activity and last_updated. Refused while the current phase has plans left or the milestone's
 * own progress counts say plans are not done, unless --force. Completing it again changes nothing.
 */
public final class MilestoneComplete {
    public record Options(boolean force) {
    }

    private MilestoneComplete() {
    }

    public static Change run(ParsedState ps, Options o, ZonedDateTime now) {
        String text = ps.text();
        ParsedState.Handles h = ps.handles();
        String cur = Milestones.current(ps);
        String label = cur == null ? "Milestone" : "Milestone v" + cur;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("milestone", cur == null ? null : "v" + cur);
        if (Milestones.recordedComplete(ps, cur)) {
            facts.put("alreadyComplete", true);
            String what = cur == null ? "the milestone" : "milestone v" + cur;
            return new Change(List.of(), List.of(what + " is already recorded as complete; nothing changed"),
                    what + " already complete", facts);
        }
        facts.put("alreadyComplete", false);
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        Replacer out = writes.out();
        StateModel.Phase phase = ps.model().position().phase();
        if (phase != null && phase.number() != null) {
            CompletePhase.planCounterAtTotal(ps, phase.number(), o.force(), writes);
        }
        ProgressLine.Segment segment = Milestones.currentSegment(ps, cur);
        if (segment != null && segment.doneValue() != null && segment.totalValue() != null) {
            if (segment.doneValue() < segment.totalValue() && !o.force()) {
                throw AtomstateException.refused(ps.fileName() + ":" + (h.progress().line() + 1) + ": " + (cur == null ? "the milestone" : "milestone v" + cur)
                        + " has " + segment.doneValue() + " of " + segment.totalValue() + " plans done; complete them first or use --force");
            }
            if (segment.doneValue() < segment.totalValue()) {
                notes.add("progress left at " + segment.doneValue() + "/" + segment.totalValue() + ": the counts are the file's");
            }
        } else if (segment != null && (segment.percentValue() == null || segment.percentValue() < 100)) {
            SegmentText.percentAndBar(text, segment, 100, "progress", true, true, out);
        }
        String done = label + " complete";
        writes.status(old -> h.status() != null && h.chains().containsKey(h.status().line()) && old.equals(h.status().value(text))
                ? label + " COMPLETE" : done);
        writes.activity(now, e -> PositionForms.completion(e) == PositionForms.Completion.PHASE_UPPER ? label + " COMPLETE" : done);
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        writes.session(now, done, fm);
        String status = fm.get("status");
        if (status != null) {
            fm.set("status", status.strip().matches("\\p{Lu}.*") ? "Completed" : "completed");
        }
        if (phase != null && phase.number() != null && CompletePhase.recordedComplete(ps, phase.number()) == null) {
            fm.phaseCompleted();
        }
        PositionLines.frontmatterActivity(fm, now, done);
        fm.touch("last_updated", now);
        Change change = new Change(List.copyOf(edits), List.copyOf(notes), "completed " + (cur == null ? "the milestone" : "milestone v" + cur), facts);
        // as with complete-plan: counters alone cannot tell a second run that this milestone was counted
        if (!change.isNoop() && !Milestones.recordedComplete(dev.atomstate.parse.StateParser.parse(ps.fileName(), change.apply(ps.text())), cur)) {
            throw AtomstateException.refused(ps.fileName() + ": no line of this file would record " + (cur == null ? "the milestone" : "milestone v" + cur)
                    + " as complete (no status, activity or stopped-at line), so a second run could not tell; add a 'Status:' line");
        }
        return change;
    }
}
