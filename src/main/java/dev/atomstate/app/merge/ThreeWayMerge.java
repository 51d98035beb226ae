package dev.atomstate.app.merge;

import dev.atomstate.edit.Change;
import dev.atomstate.app.PlanCounters;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.worklog.WorklogParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A three-way merge of a planning file that knows what the file says: base, ours and theirs in, the merged text
 * out, applied as edits to ours so that every byte neither side changed stays. For a state file: other lines by a
 * line merge ({@link StructureMerge}), fields by value and rank ({@link FieldMerge}), lists as sets
 * ({@link ListMerge}), then the counters both sides moved counted again from the base ({@link PlanCounters}). For a worklog: lines,
 * then entries. Anything else: a line merge. What could not be decided is left between git-style conflict markers.
 * Pure: text in, text out.
 */
public final class ThreeWayMerge {
    private ThreeWayMerge() {
    }

    public enum Kind { STATE, WORKLOG, LINES }

    /** {@code fileName} names the file in messages; {@code markers} has git's %L. */
    public record Options(Kind kind, String fileName, Markers markers) {
    }

    /** The merged text, how many regions are left in conflict (0: merged cleanly), and what was decided, part by part. */
    public record Result(String text, int conflicts, List<Decision> decisions) {
        public boolean clean() {
            return conflicts == 0;
        }
    }

    public static Result merge(String base, String ours, String theirs, Options o) {
        if (ours.equals(theirs) || base.equals(theirs)) {
            return new Result(ours, 0, List.of(new Decision("file", "ours", "theirs brings no change")));
        }
        if (base.equals(ours)) {
            return new Result(theirs, 0, List.of(new Decision("file", "theirs", "ours has no change")));
        }
        try {
            return switch (o.kind()) {
                case STATE -> state(base, ours, theirs, o);
                case WORKLOG -> worklog(base, ours, theirs, o);
                case LINES -> lines(base, ours, theirs, o, "a line merge (not a state file or worklog)");
            };
        } catch (RuntimeException e) {
            // two parts of the merge claimed the same characters, or a bug: never guess, merge by lines and say so
            return lines(base, ours, theirs, o, "a line merge: the parts could not be merged by structure (" + e + ")");
        }
    }

    private static Result lines(String base, String ours, String theirs, Options o, String why) {
        Diff3.Merged m = Diff3.lines(base, ours, theirs, o.markers());
        return new Result(m.text(), m.conflicts(), List.of(new Decision("file", m.conflicts() == 0 ? "merged" : "conflict",
                why + (m.conflicts() == 0 ? "" : "; " + m.conflicts() + " conflicting block(s)"))));
    }

    private static Result state(String base, String ours, String theirs, Options o) {
        String name = o.fileName();
        ParsedState psO = StateParser.parse(name, base);
        ParsedState psT = StateParser.parse(name, theirs);
        Anatomy anO = StateAnatomy.of(psO);
        Anatomy anT = StateAnatomy.of(psT);
        Conflicts conflicts = new Conflicts();
        List<Decision> decisions = new ArrayList<>();
        String t1 = structure(anO, StateAnatomy.of(StateParser.parse(name, ours)), anT, ours, conflicts, decisions);

        ParsedState ps1 = StateParser.parse(name, t1);
        Anatomy an1 = StateAnatomy.of(ps1);
        Map<String, PlanId> doneO = CompletedPlans.of(psO);
        Map<String, PlanId> done1 = CompletedPlans.of(ps1);
        Map<String, PlanId> doneT = CompletedPlans.of(psT);
        FieldMerge.Outcome fields = FieldMerge.run(anO, an1, anT, Rank.of(ps1, done1), Rank.of(psT, doneT), conflicts, decisions);
        List<TextEdit> edits = new ArrayList<>(fields.edits());
        edits.addAll(ListMerge.edits(anO, an1, anT, conflicts, decisions));
        String text = conflicts.apply(t1, edits);

        if (!fields.recount().isEmpty()) {
            TreeMap<PlanId, PlanId> done = new TreeMap<>();
            for (Map<String, PlanId> side : List.of(done1, doneT)) {
                for (Map.Entry<String, PlanId> e : side.entrySet()) {
                    if (!doneO.containsKey(e.getKey()) && done.keySet().stream().noneMatch(e.getValue()::sameAs)) {
                        done.put(e.getValue(), e.getValue());
                    }
                }
            }
            ParsedState merged = StateParser.parse(name, text);
            for (PlanId id : done.keySet()) {
                Change c = PlanCounters.countOneMore(StateParser.parse(name, text), id, minutes(merged, id), fields.recount());
                text = conflicts.apply(text, c.edits());
            }
            decisions.add(new Decision("counters", "recounted", String.join(", ", fields.recount()) + ": from the base with "
                    + done.size() + " plan(s) completed on either side" + (done.isEmpty() ? "" : " ("
                    + String.join(", ", done.keySet().stream().map(PlanId::toString).toList()) + ")")));
        }
        return finish(text, conflicts, decisions, o);
    }

    private static Result worklog(String base, String ours, String theirs, Options o) {
        String name = o.fileName();
        Anatomy anO = WorklogAnatomy.of(WorklogParser.parse(name, base));
        Anatomy anT = WorklogAnatomy.of(WorklogParser.parse(name, theirs));
        Conflicts conflicts = new Conflicts();
        List<Decision> decisions = new ArrayList<>();
        String t1 = structure(anO, WorklogAnatomy.of(WorklogParser.parse(name, ours)), anT, ours, conflicts, decisions);
        Anatomy an1 = WorklogAnatomy.of(WorklogParser.parse(name, t1));
        String text = conflicts.apply(t1, ListMerge.edits(anO, an1, anT, conflicts, decisions));
        return finish(text, conflicts, decisions, o);
    }

    private static String structure(Anatomy base, Anatomy ours, Anatomy theirs, String oursText, Conflicts conflicts,
                                    List<Decision> decisions) {
        List<String> notes = new ArrayList<>();
        String t1 = conflicts.apply(oursText, StructureMerge.edits(base, ours, theirs, conflicts, notes));
        for (String n : notes) {
            decisions.add(new Decision("other lines", n.contains("conflict") ? "conflict" : "theirs", n));
        }
        return t1;
    }

    private static Result finish(String text, Conflicts conflicts, List<Decision> decisions, Options o) {
        if (conflicts.size() == 0) {
            return new Result(text, 0, List.copyOf(decisions));
        }
        String nl = Document.parse(text).dominantNewline();
        Conflicts.Wrapped wrapped = conflicts.wrap(text, o.markers(), nl);
        return new Result(wrapped.text(), wrapped.blocks(), List.copyOf(decisions));
    }

    /** The minutes theirs' metrics row gives {@code id}, or null. */
    private static Double minutes(ParsedState ps, PlanId id) {
        for (StateModel.MetricRow r : ps.model().metrics()) {
            PlanId row = PlanIds.parse(r.phase() + "-" + r.plan());
            if (id.sameAs(row)) {
                return r.minutes();
            }
        }
        return null;
    }
}
