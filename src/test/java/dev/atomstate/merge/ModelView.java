package dev.atomstate.merge;

import dev.atomstate.model.StateModel;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.worklog.WorklogParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a merged file says, for comparing merges with the oracle (both branches' commands run on one file): every
 * scalar the model reads, as a named value; every list as the sorted list of its items (order aside, the items
 * must be the same, each as often). Line numbers are left out: they move with every insertion.
 */
record ModelView(Map<String, String> scalars, Map<String, List<String>> lists) {

    static ModelView ofState(String text) {
        return ofState(text, false);
    }

    /** {@code ordered}: lists in file order (for comparing two merges of the same branches), else sorted. */
    static ModelView ofState(String text, boolean ordered) {
        StateModel m = StateParser.parse("STATE.md", text).model();
        Map<String, String> s = new TreeMap<>();
        StateModel.Position p = m.position();
        s.put("phase", p.phase() == null ? null : p.phase().raw());
        s.put("plan", p.plan() == null ? null : p.plan().raw());
        s.put("status", p.status() == null ? null : p.status().text());
        s.put("last activity", p.lastActivity() == null ? null : p.lastActivity().raw());
        s.put("focus", p.focus() == null ? null : p.focus().text());
        s.put("milestone", p.milestone() == null ? null : p.milestone().text());
        List<String> segments = new ArrayList<>();
        for (StateModel.ProgressSegment g : m.progress()) {
            segments.add(g.label() + " " + g.done() + "/" + g.total() + " " + g.percent() + "% bar " + g.barFilled() + "/" + g.barCells());
        }
        s.put("progress", String.join(" → ", segments));
        s.put("total plans", text(m.velocity().totalPlans()));
        s.put("average duration", text(m.velocity().averageDuration()));
        s.put("total time", text(m.velocity().totalTime()));
        s.put("last session", text(m.session().lastSession()));
        s.put("stopped at", text(m.session().stoppedAt()));
        s.put("resume file", text(m.session().resumeFile()));
        s.put("next action", m.nextAction());
        m.frontmatter().forEach((k, v) -> s.put("fm:" + k, v));
        Map<String, List<String>> l = new TreeMap<>();
        java.util.function.UnaryOperator<List<String>> sorted = ordered ? List::copyOf : ModelView::sorted;
        l.put("decisions", sorted.apply(m.decisions().stream().map(d -> d.phase() + "|" + norm(d.text())).toList()));
        l.put("todos", sorted.apply(m.todos().stream().map(i -> norm(i.text()) + "|" + i.done()).toList()));
        l.put("blockers", sorted.apply(m.blockers().stream().map(i -> norm(i.text()) + "|" + i.done()).toList()));
        l.put("metrics", sorted.apply(m.metrics().stream().map(r -> r.phase() + "-" + r.plan() + "|" + r.duration() + "|" + r.tasks()
                + "|" + r.files()).toList()));
        l.put("history", sorted.apply(m.history().stream().map(h -> h.chain() + "|" + norm(h.text())).toList()));
        return new ModelView(s, l);
    }

    static ModelView ofWorklog(String text) {
        Map<String, List<String>> l = new TreeMap<>();
        List<String> entries = new ArrayList<>();
        for (WorklogEntry e : WorklogParser.parse("WORKLOG.md", text).model()) {
            entries.add(e.timestamp() + "|" + e.objective() + "|" + e.steps() + "|" + e.results());
        }
        l.put("entries", sorted(entries));
        return new ModelView(new TreeMap<>(), l);
    }

    private static String text(StateModel.Located l) {
        return l == null ? null : l.text();
    }

    private static String norm(String s) {
        return s.replace("**", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> sorted(List<String> items) {
        List<String> out = new ArrayList<>(items);
        Collections.sort(out);
        return out;
    }

    /** Counters are recounted by the merge, never taken from one side: they must agree with an oracle. */
    private static final java.util.Set<String> COUNTERS = java.util.Set.of("progress", "total plans", "total time", "average duration",
            "fm:progress.completed_plans", "fm:progress.percent");

    /**
     * The parts where this merge differs from the oracles. A part must equal what an oracle says; where both branches
     * changed a value that is not a counter, it may instead be either branch's value (which one is the merge's
     * decision, and the oracles themselves then disagree on it: each order lets the later command win).
     */
    List<String> differencesFrom(List<ModelView> oracles, ModelView base, ModelView ours, ModelView theirs) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(scalars.keySet());
        oracles.forEach(o -> keys.addAll(o.scalars.keySet()));
        for (String k : keys) {
            String v = scalars.get(k);
            if (oracles.stream().anyMatch(o -> Objects.equals(o.scalars.get(k), v))) {
                continue;
            }
            boolean bothMoved = !Objects.equals(ours.scalars.get(k), base.scalars.get(k))
                    && !Objects.equals(theirs.scalars.get(k), base.scalars.get(k));
            if (bothMoved && !COUNTERS.contains(k) && (Objects.equals(v, ours.scalars.get(k)) || Objects.equals(v, theirs.scalars.get(k)))) {
                continue;
            }
            out.add(k + ": merged " + v + ", oracle " + oracles.stream().map(o -> String.valueOf(o.scalars.get(k))).toList());
        }
        java.util.Set<String> lk = new java.util.TreeSet<>(lists.keySet());
        oracles.forEach(o -> lk.addAll(o.lists.keySet()));
        for (String k : lk) {
            if (oracles.stream().noneMatch(o -> Objects.equals(o.lists.get(k), lists.get(k)))) {
                List<String> merged = lists.getOrDefault(k, List.of());
                List<String> oracle = oracles.get(0).lists.getOrDefault(k, List.of());
                out.add(k + ": merged has " + minus(merged, oracle) + " more and " + minus(oracle, merged) + " fewer than the oracle");
            }
        }
        return out;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.forEach(out::remove);
        return out;
    }
}
