package dev.atomstate.app;

import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.SegmentText;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.MilestoneForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts one more completed plan in the progress segment it belongs to (the current milestone's, and a
 * segment labelled with the plan's phase), recomputing that segment's percent and bar.
 */
final class ProgressUpdate {
    private ProgressUpdate() {
    }

    static void apply(ParsedState ps, PlanId id, Replacer out, List<String> notes) {
        for (ProgressLine.Segment s : targets(ps, id)) {
            update(ps, s, out, notes);
        }
    }

    /**
     * A phase's plans now planned ({@code added} of them, begin-phase --plans): where the milestone's segment has every
     * plan it counts done ("0/0" after init, "6/6" after the last phase), its total does not hold them yet, so it grows
     * by them (percent and bar with it); a total that still has plans left already counts the roadmap's and is left.
     */
    static void plansAdded(ParsedState ps, int added, Replacer out, List<String> notes) {
        if (added <= 0) {
            return;
        }
        for (ProgressLine.Segment s : targets(ps, null)) {
            if (s.doneValue() == null || s.totalValue() == null || !s.doneValue().equals(s.totalValue()) || s.total() == null
                    || ProgressLine.countsPhases(ps.text(), s)) {
                continue;
            }
            int total = s.totalValue() + added;
            String label = s.label() == null ? "progress" : "progress " + s.label();
            out.replace(s.total(), Integer.toString(total), label + " " + s.doneValue() + "/" + s.totalValue() + " → " + s.doneValue() + "/" + total);
            SegmentText.percentAndBar(ps.text(), s, s.doneValue() * 100.0 / total, label, true, true, out);
        }
    }

    /** The segments a completed plan of {@code id}'s phase counts in (null: the milestone's only). */
    private static List<ProgressLine.Segment> targets(ParsedState ps, PlanId id) {
        List<ProgressLine.Segment> segments = ps.handles().progressSegments();
        if (segments.isEmpty()) {
            return List.of();
        }
        String milestone = currentMilestone(ps);
        List<ProgressLine.Segment> targets = new ArrayList<>();
        List<ProgressLine.Segment> candidates = new ArrayList<>();
        ProgressLine.Segment milestoneSegment = null;
        for (ProgressLine.Segment s : segments) {
            String label = s.label();
            if (label != null && label.startsWith("Phase")) {
                String n = ProgressLine.phaseOfLabel(label);
                if (id != null && id.samePhase(n)) {
                    targets.add(s);
                }
            } else if (label != null && milestone != null && label.equalsIgnoreCase(milestone)) {
                milestoneSegment = s;
            } else if (milestone == null || label == null) {
                candidates.add(s);
            }
        }
        if (milestoneSegment == null && !candidates.isEmpty()) {
            // no segment names the current milestone: the last one that is not yet full is the one in progress
            milestoneSegment = candidates.get(candidates.size() - 1);
            for (ProgressLine.Segment s : candidates) {
                if (s.doneValue() != null && s.totalValue() != null && s.doneValue() < s.totalValue()) {
                    milestoneSegment = s;
                }
            }
        }
        if (milestoneSegment != null) {
            targets.add(0, milestoneSegment);
        }
        return targets;
    }

    private static String currentMilestone(ParsedState ps) {
        Map<String, String> fm = ps.model().frontmatter();
        if (MilestoneForms.isVersion(fm.get("milestone"))) {
            String m = fm.get("milestone");
            return m.startsWith("v") ? m : "v" + m;
        }
        if (ps.model().position().milestone() != null) {
            String v = MilestoneForms.vVersionIn(ps.model().position().milestone().text());
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void update(ParsedState ps, ProgressLine.Segment s, Replacer out, List<String> notes) {
        String text = ps.text();
        Integer done = s.doneValue();
        Integer total = s.totalValue();
        boolean fromFrontmatter = false;
        if (done == null || total == null) {
            int[] counts = frontmatterCounts(ps);
            if (counts == null) {
                notes.add("progress left as is: the line states no plan counts (done/total)");
                return;
            }
            // the frontmatter's count before this completion; the frontmatter itself is updated separately
            done = counts[0];
            total = counts[1];
            fromFrontmatter = true;
        }
        if (done >= total) {
            notes.add("progress " + (s.label() == null ? "" : s.label() + " ") + "already at " + done + "/" + total + "; left as is");
            return;
        }
        int newDone = done + 1;
        String label = s.label() == null ? "progress" : "progress " + s.label();
        if (!fromFrontmatter && s.done() != null) {
            out.replace(s.done(), Integer.toString(newDone), label + " " + done + "/" + total + " → " + newDone + "/" + total);
        }
        SegmentText.percentAndBar(text, s, newDone * 100.0 / total, label, true, true, out);
    }

    static int[] frontmatterCounts(ParsedState ps) {
        if (ps.doc().frontmatter().isEmpty()) {
            return null;
        }
        FrontmatterBlock fm = ps.doc().frontmatter().get(0);
        FrontmatterBlock.Entry total = fm.entry("progress.total_plans");
        FrontmatterBlock.Entry done = fm.entry("progress.completed_plans");
        if (total == null || done == null || !total.unquoted().matches("\\d{1,6}") || !done.unquoted().matches("\\d{1,6}")) {
            return null;
        }
        return new int[] {Integer.parseInt(done.unquoted()), Integer.parseInt(total.unquoted())};
    }
}
