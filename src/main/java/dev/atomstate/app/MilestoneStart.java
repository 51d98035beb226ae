package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.MilestoneText;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.MilestoneForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.parse.Span;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * milestone start VERSION [--name S]: the milestone records (frontmatter milestone and milestone_name, a Milestone
 * field, the "*Milestone: …*" footer) name the new milestone, and the position is reset the way GSD's new-milestone
 * writes it — "Phase: Not started (defining requirements)", "Plan: —", "Status: Defining requirements", "Last
 * activity: date — Milestone v1.5 started", frontmatter status planning and progress counters 0. A progress line with
 * one segment per milestone gains an empty segment for the new one; a single segment is reset. Decisions, todos,
 * blockers, metrics and history are not touched. The milestone in flight again only applies a new --name; a version
 * recorded complete, or older than the current one, is refused unless --force.
 */
public final class MilestoneStart {
    public record Options(String version, String name, boolean force) {
    }

    private MilestoneStart() {
    }

    static final String PHASE = "Not started (defining requirements)";
    static final String STATUS = "Defining requirements";

    public static Change run(ParsedState ps, Options o, ZonedDateTime now) {
        String n = Milestones.number(o.version());
        String name = o.name() == null ? null : UserText.oneLine("--name", o.name());
        String text = ps.text();
        ParsedState.Handles h = ps.handles();
        FrontmatterSync probe = FrontmatterSync.of(ps, new ArrayList<>(), new ArrayList<>());
        if (name == null && probe.has("milestone_name") && !sameVersion(Milestones.current(ps), n)) {
            throw AtomstateException.usage("this file names its milestone (milestone_name: " + probe.get("milestone_name")
                    + "); give the new milestone's name with --name S");
        }
        String cur = Milestones.current(ps);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("milestone", "v" + n);
        facts.put("previous", cur == null ? null : "v" + cur);
        boolean complete = Milestones.recordedComplete(ps, n);
        if (complete && !o.force()) {
            throw AtomstateException.refused(ps.fileName() + ": milestone v" + n + " is already recorded complete; use --force to start it again");
        }
        if (cur != null && PhaseValues.compare(n, cur) < 0 && !o.force()) {
            throw AtomstateException.refused(ps.fileName() + ": milestone v" + n + " comes before the current milestone v" + cur
                    + "; use --force to go back");
        }
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        Replacer out = writes.out();
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        boolean same = sameVersion(cur, n) && !complete;
        facts.put("alreadyCurrent", same);
        writeRecords(ps, n, name, out, fm);
        if (same) {
            String why = "milestone v" + n + " is already in flight; its position is kept";
            if (edits.isEmpty()) {
                return new Change(List.of(), List.of(why + "; nothing changed"), "milestone v" + n + " already current", facts);
            }
            notes.add(0, why);
            return new Change(List.copyOf(edits), List.copyOf(notes), "renamed milestone v" + n, facts);
        }
        if (cur != null && !Milestones.recordedComplete(ps, cur)) {
            notes.add("milestone v" + cur + " was not recorded complete (see 'milestone complete')");
        }
        String label = "Milestone v" + n;
        // the separate-field dialect: "**Current Phase:** Not started", its name field "defining requirements"
        writes.phaseText(PHASE, "Not started", "defining requirements");
        writes.plan("plan", f -> "—");
        writes.status(old -> h.status() != null && h.chains().containsKey(h.status().line()) && old.equals(h.status().value(text))
                ? label + " STARTED" + (name == null ? "" : " - " + name) : STATUS);
        String started = label + " started";
        writes.activity(now, e -> started);
        if (h.focus() != null && (PhaseValues.focus(h.focus().value(text), n, null) != null
                || h.focus().value(text).toLowerCase(java.util.Locale.ROOT).contains("milestone"))) {
            String oldFocus = h.focus().value(text);
            String focusDash = PositionForms.focusDash(oldFocus);
            String dash = focusDash != null ? focusDash : PositionLines.dash(ps);
            String f = label + " " + dash + " defining requirements";
            out.replace(h.focus().value(), f, "current focus → " + f);
        }
        progress(ps, n, cur, out, notes);
        writes.session(now, started, fm);
        String status = fm.get("status");
        if (status != null) {
            fm.set("status", status.strip().matches("\\p{Lu}.*") ? "Planning" : "planning");
        }
        for (String key : new String[] {"total_phases", "completed_phases", "total_plans", "completed_plans", "percent"}) {
            fm.set("progress." + key, "0");
        }
        PositionLines.frontmatterActivity(fm, now, started);
        fm.touch("last_updated", now);
        return new Change(List.copyOf(edits), List.copyOf(notes), "started milestone v" + n, facts);
    }

    private static boolean sameVersion(String cur, String n) {
        return cur != null && PhaseValues.compare(cur, n) == 0;
    }

    /** The milestone's own records: frontmatter milestone and milestone_name, the Milestone field, the footer. */
    private static void writeRecords(ParsedState ps, String n, String name, Replacer out, FrontmatterSync fm) {
        String text = ps.text();
        String fmVersion = fm.get("milestone");
        if (fmVersion != null) {
            fm.set("milestone", MilestoneText.like(fmVersion, n));
        }
        if (name != null) {
            fm.set("milestone_name", name);
        }
        if (ps.handles().milestone() != null) {
            String v = MilestoneText.value(MilestoneForms.version(ps.handles().milestone().value(text)), n, name);
            out.replace(ps.handles().milestone().value(), v, "milestone → " + v);
        }
        Span footer = Milestones.footer(ps);
        if (footer != null) {
            String v = MilestoneText.value(MilestoneForms.version(footer.of(text)), n, name);
            out.replace(footer, v, "milestone footer → " + v);
        }
    }

    /**
     * Per-milestone progress ("v1.0 … → v2.0 …") gains an empty segment for the new milestone, written like the last
     * one; otherwise the current milestone's segment is reset to nothing done of nothing planned yet.
     */
    private static void progress(ParsedState ps, String n, String cur, Replacer out, List<String> notes) {
        String text = ps.text();
        List<ProgressLine.Segment> labelled = Milestones.milestoneSegments(ps);
        if (labelled.size() >= 2) {
            for (ProgressLine.Segment s : labelled) {
                if (s.label().equalsIgnoreCase("v" + n)) {
                    notes.add("progress already has a v" + n + " segment; left as is");
                    return;
                }
            }
            ProgressLine.Segment last = labelled.get(labelled.size() - 1);
            ProgressLine.Segment before = labelled.get(labelled.size() - 2);
            String sep = text.substring(before.end(), last.start());
            String piece = emptied(text, last, "v" + n);
            out.replace(new Span(last.end(), last.end()), sep + piece, "progress → new segment " + piece);
            return;
        }
        ProgressLine.Segment s = Milestones.currentSegment(ps, cur);
        if (s == null && labelled.size() == 1) {
            s = labelled.get(0);
        }
        if (s == null) {
            return;
        }
        String piece = emptied(text, s, s.label() == null ? null : "v" + n);
        out.replace(new Span(s.start(), s.end()), piece, "progress → " + piece.strip());
    }

    /** The segment's text with an empty bar, 0%, 0/0 counts and {@code label} in place of its version label. */
    private static String emptied(String text, ProgressLine.Segment s, String label) {
        List<TextEdit> edits = new ArrayList<>();
        if (s.bar() != null) {
            edits.add(new TextEdit(s.bar().start(), s.bar().end(), Styles.bar(s.barCells(), 0, s.filledGlyph(), s.emptyGlyph()), "bar"));
        }
        if (s.percent() != null) {
            edits.add(new TextEdit(s.percent().start(), s.percent().end(), Styles.percentLike(s.percent().of(text), 0), "percent"));
        }
        if (s.done() != null) {
            edits.add(new TextEdit(s.done().start(), s.done().end(), "0", "done"));
            edits.add(new TextEdit(s.total().start(), s.total().end(), "0", "total"));
        }
        if (label != null) {
            Span m = MilestoneForms.vLabelIn(text, s.start(), s.end());
            if (m != null && (s.bar() == null || m.start() >= s.bar().end() || m.end() <= s.bar().start())) {
                edits.add(new TextEdit(m.start(), m.end(), label, "label"));
            }
        }
        edits.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder piece = new StringBuilder(text.substring(s.start(), s.end()));
        for (TextEdit e : edits) {
            piece.replace(e.start() - s.start(), e.end() - s.start(), e.replacement());
        }
        return piece.toString();
    }
}
