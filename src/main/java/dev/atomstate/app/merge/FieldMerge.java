package dev.atomstate.app.merge;

import dev.atomstate.app.merge.Anatomy.FieldPart;
import dev.atomstate.edit.TextEdit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The second pass for fields: a three-way merge of each value. A value one side changed takes that side's; a value
 * both changed alike is kept. Where both changed it differently, the position and session take the side that is
 * further along ({@link Rank}), a timestamp takes the later one,  a counter is recounted afterwards
 * from the base with the plans either side completed, and anything else is a conflict. A branch in an older milestone never
 * brings its position, session or progress back over a newer milestone, even where only it changed them.
 */
final class FieldMerge {
    private FieldMerge() {
    }

    enum Group { POSITION, SESSION, LATEST, COUNTER, OTHER }

    /** What the pass did: edits on ours, and the counters both sides moved (to recount). */
    record Outcome(List<TextEdit> edits, Set<String> recount) {
    }

    static Group group(String role) {
        return switch (role) {
            case "phase", "plan", "status", "last activity", "focus", "milestone", "footer", "next action" -> Group.POSITION;
            case "last session", "stopped at", "resume file", "fm:stopped_at", "fm:resume_file", "fm:last_session" -> Group.SESSION;
            case "progress", "total plans", "total time", "average duration", "fm:progress.completed_plans", "fm:progress.percent" -> Group.COUNTER;
            default -> {
                if (role.startsWith("fm:") && role.contains("updated")) {
                    yield Group.LATEST;
                }
                if (role.matches("fm:(milestone.*|status|last_activity|current_.*|phase.*|plan.*|progress\\..*)")) {
                    yield Group.POSITION;
                }
                yield Group.OTHER;
            }
        };
    }

    /** Counters that reset with a new milestone: the newer milestone's stand. */
    private static boolean milestoneBound(String role) {
        return role.equals("progress") || role.equals("fm:progress.completed_plans") || role.equals("fm:progress.percent");
    }

    static Outcome run(Anatomy base, Anatomy ours, Anatomy theirs, Rank rankA, Rank rankT, Conflicts conflicts, List<Decision> decisions) {
        Set<String> roles = new LinkedHashSet<>(ours.fields().keySet());
        roles.addAll(theirs.fields().keySet());
        List<TextEdit> edits = new ArrayList<>();
        Set<String> recount = new LinkedHashSet<>();
        int milestones = rankA.compareMilestone(rankT);
        PositionHistory history = new PositionHistory(ours, theirs);
        for (String role : roles) {
            FieldPart fa = ours.fields().get(role);
            FieldPart ft = theirs.fields().get(role);
            FieldPart fo = base.fields().get(role);
            String va = fa == null ? null : fa.value(ours.text());
            String vt = ft == null ? null : ft.value(theirs.text());
            String vo = fo == null ? null : fo.value(base.text());
            if (Objects.equals(va, vt)) {
                continue;
            }
            Group g = group(role);
            boolean bound = g == Group.POSITION || g == Group.SESSION || milestoneBound(role);
            if (milestones != 0 && bound) {
                String newer = "v" + (milestones > 0 ? rankA.milestone() : rankT.milestone());
                if (role.equals("progress") && fa != null && ft != null) {
                    String merged = ProgressSegments.acrossMilestones(base, ours, theirs, milestones > 0);
                    if (!merged.equals(va)) {
                        edits.add(new TextEdit(fa.value().start(), fa.value().end(), merged, "progress"));
                    }
                    decisions.add(new Decision(role, milestones > 0 ? "ours" : "theirs", show(merged) + " — the newer milestone "
                            + newer + "'s progress, with the older milestone's own segment as the older branch left it"));
                    continue;
                }
                if (milestones < 0 && take(fa, ft, vt, edits, role)) {
                    decisions.add(new Decision(role, "theirs", show(vt) + " — theirs is in the newer milestone " + newer));
                    history.lost(role, va, vo);
                } else {
                    decisions.add(new Decision(role, "ours", show(va) + " — " + (milestones > 0 ? "ours" : "theirs")
                            + " is in the newer milestone " + newer + "; the older branch's value is not brought back"));
                    history.lost(role, vt, vo);
                }
                continue;
            }
            if (Objects.equals(vt, vo)) {
                continue;
            }
            if (Objects.equals(va, vo)) {
                if (take(fa, ft, vt, edits, role)) {
                    decisions.add(new Decision(role, "theirs", show(vt) + " — only theirs changed it"));
                } else {
                    decisions.add(new Decision(role, "ours", "theirs changed it, but the line is not in ours"));
                }
                continue;
            }
            switch (g) {
                case COUNTER -> {
                    if (fo == null || fa == null) {
                        decisions.add(new Decision(role, "ours", "both moved it, and the base has no such line to count from; ours kept"));
                    } else {
                        // counted again from the base: every plan either side completed once, in plan order, so the
                        // result is the same whichever side is ours (rounded totals included)
                        edits.add(new TextEdit(fa.value().start(), fa.value().end(), vo, role + " back to the base's, to count again"));
                        recount.add(role);
                        decisions.add(new Decision(role, "recounted", "both moved it; counted from the base's " + show(vo)
                                + " with every plan either side completed"));
                    }
                }
                case LATEST -> {
                    boolean theirsLater = vt != null && (va == null || vt.compareTo(va) > 0);
                    if (theirsLater && take(fa, ft, vt, edits, role)) {
                        decisions.add(new Decision(role, "theirs", show(vt) + " — the later of the two"));
                    } else {
                        decisions.add(new Decision(role, "ours", show(va) + " — the later of the two"));
                    }
                }
                case POSITION, SESSION -> {
                    int c = g == Group.POSITION ? rankA.comparePosition(rankT) : rankA.compareTo(rankT);
                    if (c > 0) {
                        decisions.add(new Decision(role, "ours", show(va) + " — ours is further along (" + rankA.describe()
                                + " vs " + rankT.describe() + ")"));
                        history.lost(role, vt, vo);
                    } else if (c < 0 && take(fa, ft, vt, edits, role)) {
                        decisions.add(new Decision(role, "theirs", show(vt) + " — theirs is further along (" + rankT.describe()
                                + " vs " + rankA.describe() + ")"));
                        history.lost(role, va, vo);
                    } else {
                        conflict(role, fa, ft, ours, theirs, conflicts, decisions, "both moved it to different places at the same stage ("
                                + rankA.describe() + ")");
                    }
                }
                default -> conflict(role, fa, ft, ours, theirs, conflicts, decisions, "both changed it differently");
            }
        }
        edits.addAll(history.edits());
        return new Outcome(edits, recount);
    }

    private static boolean take(FieldPart fa, FieldPart ft, String vt, List<TextEdit> edits, String role) {
        if (fa == null || ft == null) {
            return false;
        }
        edits.add(new TextEdit(fa.value().start(), fa.value().end(), vt, role + " from theirs"));
        return true;
    }

    private static void conflict(String role, FieldPart fa, FieldPart ft, Anatomy ours, Anatomy theirs, Conflicts conflicts,
                                 List<Decision> decisions, String why) {
        if (fa == null || ft == null) {
            decisions.add(new Decision(role, "ours", why + "; the line is missing on one side, ours kept"));
            return;
        }
        var line = ours.doc().line(fa.line());
        if (conflicts.covers(line.start(), line.end())) {
            decisions.add(new Decision(role, "conflict", why + " (inside a conflicting block)"));
            return;
        }
        String theirsLine = theirs.doc().line(ft.line()).content() + ours.newline(fa.line());
        conflicts.add(line.start(), line.end(), theirsLine, role + " (line " + (fa.line() + 1) + ")");
        decisions.add(new Decision(role, "conflict", why + "; line " + (fa.line() + 1)));
    }

    static String show(String v) {
        if (v == null) {
            return "(none)";
        }
        String s = v.length() > 60 ? v.substring(0, 57) + "…" : v;
        return "'" + s + "'";
    }
}
