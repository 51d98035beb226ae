package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.SegmentText;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.query.Totals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code progress}: each segment of the progress line with its numbers and where each came from, and
 * {@code progress --recompute}: percent and bar rewritten from done/total in the segment's own decimals, glyphs
 * and width. Recompute uses only the state file's own counts (the segment's, else the frontmatter's
 * {@code progress.completed_plans/total_plans} for a single segment); a segment without counts gets its bar
 * redrawn from its stated percent. Counts from the roadmap or phase folders are reported, never written.
 */
public final class ProgressReport {
    private ProgressReport() {
    }

    /** One segment. {@code sources} says for done, total and percent where the number came from. */
    public record Segment(String label, Integer done, Integer total, Double percent, Double computedPercent,
                          Integer barCells, Integer barFilled, Integer expectedFilled, int line, Map<String, String> sources) {
    }

    public static List<Segment> report(ParsedState ps, Totals.Result totals) {
        List<StateModel.ProgressSegment> segments = ps.model().progress();
        List<Segment> out = new ArrayList<>();
        for (StateModel.ProgressSegment s : segments) {
            Integer done = s.done();
            Integer total = s.total();
            Map<String, String> sources = new LinkedHashMap<>();
            sources.put("done", done == null ? null : "state");
            sources.put("total", total == null ? null : "state");
            sources.put("percent", s.percent() == null ? null : "state");
            boolean milestoneSegment = segments.size() == 1 || (s.label() != null && s.label().equalsIgnoreCase(totals.milestone()));
            if (total == null && milestoneSegment && totals.milestonePlans().value() != null) {
                total = totals.milestonePlans().value();
                sources.put("total", totals.milestonePlans().source());
            }
            if (done == null && milestoneSegment && totals.milestonePlansDone().value() != null) {
                done = totals.milestonePlansDone().value();
                sources.put("done", totals.milestonePlansDone().source());
            }
            Double computed = done != null && total != null && total > 0 ? done * 100.0 / total : null;
            Double basis = computed != null ? computed : s.percent();
            Integer expected = s.barCells() == null || basis == null || basis > 100 ? null
                    : ProgressLine.filledCells(basis, s.barCells());
            out.add(new Segment(s.label(), done, total, s.percent(), computed == null ? null : Math.round(computed * 10) / 10.0,
                    s.barCells(), s.barFilled(), expected, s.line(), sources));
        }
        return out;
    }

    public static Change recompute(ParsedState ps) {
        String text = ps.text();
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Replacer out = (span, value, why) -> {
            if (!span.of(text).equals(value)) {
                edits.add(new TextEdit(span.start(), span.end(), value, why));
                notes.add(why);
            }
        };
        List<ProgressLine.Segment> segments = ps.handles().progressSegments();
        if (segments.isEmpty()) {
            throw dev.atomstate.model.AtomstateException.refused(ps.fileName() + ": no progress line with a bar, percent or "
                    + "done/total to recompute; nothing written");
        }
        List<String> kept = new ArrayList<>();
        for (ProgressLine.Segment s : segments) {
            String label = s.label() == null ? "progress" : "progress " + s.label();
            Integer done = s.doneValue();
            Integer total = s.totalValue();
            if ((done == null || total == null) && segments.size() == 1) {
                int[] counts = ProgressUpdate.frontmatterCounts(ps);
                if (counts != null) {
                    done = counts[0];
                    total = counts[1];
                }
            }
            if (done != null && total != null && total > 0 && done <= total) {
                SegmentText.percentAndBar(text, s, done * 100.0 / total, label, true, true, out);
            } else if (done == null && s.percentValue() != null && s.percentValue() <= 100 && s.bar() != null) {
                SegmentText.percentAndBar(text, s, s.percentValue(), label, false, true, out);
            } else if (done != null && total != null) {
                kept.add(label + " left as is: " + done + "/" + total + " is not a fraction to recompute");
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("segments", segments.size());
        if (edits.isEmpty()) {
            List<String> why = new ArrayList<>(kept);
            why.add(0, "progress already agrees with its counts; nothing changed");
            return new Change(List.of(), why, "recomputed progress", facts);
        }
        notes.addAll(kept);
        return new Change(List.copyOf(edits), notes, "recomputed progress", facts);
    }
}
