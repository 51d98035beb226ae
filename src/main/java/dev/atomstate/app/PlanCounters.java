package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The counters one completed plan moves, as complete-plan moves them: the progress segment it belongs to (done,
 * percent, bar), the velocity totals, and the frontmatter's completed plans and percent. For a merge, which counts
 * the plans the other branch completed into a file whose counters both branches moved: only the counters named in
 * {@code roles} ("progress", "total plans", "total time", "average duration", "fm:progress.completed_plans",
 * "fm:progress.percent") are written, so a counter that one branch alone moved is never counted twice.
 */
public final class PlanCounters {
    private PlanCounters() {
    }

    public static Change countOneMore(ParsedState ps, PlanId id, Double minutes, Set<String> roles) {
        String text = ps.text();
        ParsedState.Handles h = ps.handles();
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Span> allowed = new ArrayList<>();
        addIf(allowed, roles, "progress", h.progress());
        addIf(allowed, roles, "total plans", h.totalPlans());
        addIf(allowed, roles, "total time", h.totalTime());
        addIf(allowed, roles, "average duration", h.averageDuration());
        Replacer out = (span, value, why) -> {
            boolean inside = allowed.stream().anyMatch(a -> a.start() <= span.start() && span.end() <= a.end());
            if (inside && !span.of(text).equals(value)) {
                edits.add(new TextEdit(span.start(), span.end(), value, why));
                notes.add(why);
            }
        };
        ProgressUpdate.apply(ps, id, out, new ArrayList<>());
        Velocity.apply(ps, minutes, out, new ArrayList<>());
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        Integer done = fm.integer("progress.completed_plans");
        Integer total = fm.integer("progress.total_plans");
        if (done != null && roles.contains("fm:progress.completed_plans") && (total == null || done < total)) {
            fm.set("progress.completed_plans", Integer.toString(done + 1));
            if (total != null && total > 0 && roles.contains("fm:progress.percent")) {
                fm.set("progress.percent", Long.toString(Math.round((done + 1) * 100.0 / total)));
            }
        }
        return new Change(List.copyOf(edits), List.copyOf(notes), "counted plan " + id, java.util.Map.of());
    }

    private static void addIf(List<Span> allowed, Set<String> roles, String role, Field f) {
        if (f != null && roles.contains(role)) {
            allowed.add(f.value());
        }
    }
}
