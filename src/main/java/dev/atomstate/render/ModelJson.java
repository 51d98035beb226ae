package dev.atomstate.render;

import dev.atomstate.model.StateModel;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.parse.PlanIds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The model as the JSON the contract names (DESIGN.md §3); absent scalars are null, absent lists []. */
public final class ModelJson {
    private ModelJson() {
    }

    public static void put(Map<String, Object> doc, StateModel m) {
        doc.put("position", m.reading() == null ? position(m.position()) : position(m.position(), m.reading()));
        List<Object> progress = new ArrayList<>();
        for (StateModel.ProgressSegment s : m.progress()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("label", s.label());
            p.put("done", s.done());
            p.put("total", s.total());
            p.put("percent", s.percent());
            p.put("computedPercent", s.computedPercent() == null ? null : Math.round(s.computedPercent() * 10) / 10.0);
            p.put("barCells", s.barCells());
            p.put("barFilled", s.barFilled());
            p.put("line", s.line());
            progress.add(p);
        }
        doc.put("progress", progress);
        List<Object> history = new ArrayList<>();
        for (StateModel.HistoryEntry h : m.history()) {
            history.add(Json.obj("chain", h.chain(), "plan", h.planId(), "text", h.text(), "line", h.line()));
        }
        doc.put("history", history);
        StateModel.Velocity v = m.velocity();
        List<Object> plans = new ArrayList<>();
        for (StateModel.MetricRow r : m.metrics()) {
            plans.add(Json.obj("phase", r.phase(), "plan", r.plan(), "duration", r.duration(), "minutes", r.minutes(),
                    "tasks", r.tasks(), "files", r.files(), "line", r.line()));
        }
        doc.put("metrics", Json.obj("totalPlansCompleted", text(v.totalPlans()), "averageDuration", text(v.averageDuration()),
                "totalExecutionTime", text(v.totalTime()), "plans", plans));
        List<Object> decisions = new ArrayList<>();
        for (StateModel.Decision d : m.decisions()) {
            decisions.add(Json.obj("phase", d.phase(), "text", d.text(), "rationale", d.rationale(), "line", d.line()));
        }
        doc.put("decisions", decisions);
        doc.put("todos", items(m.todos()));
        doc.put("blockers", items(m.blockers()));
        StateModel.Session s = m.session();
        doc.put("session", Json.obj("lastSession", text(s.lastSession()), "stoppedAt", text(s.stoppedAt()),
                "resumeFile", absentIfNone(text(s.resumeFile()))));
        doc.put("nextAction", m.nextAction());
        doc.put("frontmatter", m.frontmatter().isEmpty() ? null : m.frontmatter());
    }

    /** "Resume file: None" (GSD's template) says there is none: JSON has null for an absent value. */
    private static String absentIfNone(String value) {
        return value == null || PlaceholderText.saysNone(value) ? null : value;
    }

    /**
     * The model with the current plan's id spelled as the file spells its plan ids ("Plan: 1 of 3" in phase
     * "2" next to "Completed 02-01-PLAN.md" is 02-01), so scripts can compare it with ids they read elsewhere.
     */
    public static void put(Map<String, Object> doc, dev.atomstate.parse.ParsedState ps) {
        put(doc, ps.model());
        StateModel.Plan plan = ps.model().position().plan();
        dev.atomstate.model.PlanId id = plan == null || plan.id() == null ? null : PlanIds.parse(plan.id());
        if (id != null && doc.get("position") instanceof Map<?, ?> position && position.get("plan") instanceof Map<?, ?> p) {
            @SuppressWarnings("unchecked")
            Map<String, Object> planJson = (Map<String, Object>) p;
            planJson.put("id", dev.atomstate.query.WrittenPlanIds.asWritten(ps, id).toString());
        }
    }

    private static Map<String, Object> position(StateModel.Position p) {
        Map<String, Object> phase = p.phase() == null ? null
                : Json.obj("number", p.phase().number(), "name", p.phase().name(), "total", p.phase().total(), "line", p.phase().line());
        Map<String, Object> plan = p.plan() == null ? null
                : Json.obj("id", p.plan().id(), "number", p.plan().number(), "total", p.plan().total(), "complete", p.plan().complete(),
                "line", p.plan().line());
        Map<String, Object> activity = p.lastActivity() == null ? null
                : Json.obj("date", p.lastActivity().date(), "text", p.lastActivity().text(), "line", p.lastActivity().line());
        return Json.obj("phase", phase, "plan", plan, "status", text(p.status()), "lastActivity", activity,
                "focus", text(p.focus()), "milestone", text(p.milestone()));
    }

    /**
     * The position as a person reads it (the contract's keys hold the reading), with where each value came from
     * ({@code source}: "body", "frontmatter", "focus", "phase-table", "phase-line", "recent-activity") and the text as
     * written ({@code raw}, {@code statusRaw}, {@code focusRaw}).
     */
    private static Map<String, Object> position(StateModel.Position p, StateModel.Reading r) {
        Map<String, Object> phase = null;
        if (r.phaseNumber() != null || r.phaseName() != null || r.phaseTotal() != null) {
            StateModel.Value first = r.phaseNumber() != null ? r.phaseNumber() : r.phaseName() != null ? r.phaseName() : r.phaseTotal();
            phase = Json.obj("number", text(r.phaseNumber()), "name", text(r.phaseName()), "total", integer(r.phaseTotal()),
                    "line", r.phase() != null && r.phase().line() > 0 ? r.phase().line() : first.line(),
                    "raw", r.phase() == null ? null : r.phase().raw(), "state", r.phase() == null ? null : r.phase().state(),
                    "source", source(r.phaseNumber()), "nameSource", source(r.phaseName()), "totalSource", source(r.phaseTotal()));
        }
        Map<String, Object> plan = null;
        StateModel.Plan pl = r.plan();
        if (pl != null || r.planNumber() != null) {
            int line = pl != null && pl.line() > 0 ? pl.line() : r.planNumber().line();
            plan = Json.obj("id", pl == null ? null : pl.id(), "number", integer(r.planNumber()), "total", integer(r.planTotal()),
                    "complete", pl != null && pl.complete(), "line", line, "raw", pl == null ? null : pl.raw(),
                    "source", source(r.planNumber()), "totalSource", source(r.planTotal()));
        }
        Map<String, Object> activity = null;
        StateModel.Value a = r.lastActivity();
        if (a != null && "body".equals(a.source()) && p.lastActivity() != null) {
            activity = Json.obj("date", p.lastActivity().date(), "text", p.lastActivity().text(), "line", p.lastActivity().line(),
                    "source", "body");
        } else if (a != null) {
            activity = Json.obj("date", a.text(), "text", a.raw(), "line", a.line(), "source", a.source());
        }
        return Json.obj("phase", phase, "plan", plan, "status", text(r.status()), "lastActivity", activity,
                "focus", text(r.focus()), "milestone", text(p.milestone()), "statusRaw", r.status() == null ? null : r.status().raw(),
                "statusSource", source(r.status()), "focusRaw", r.focus() == null ? null : r.focus().raw());
    }

    private static String text(StateModel.Value v) {
        return v == null ? null : v.text();
    }

    private static String source(StateModel.Value v) {
        return v == null ? null : v.source();
    }

    private static Integer integer(StateModel.Value v) {
        return v == null || v.text() == null ? null : Integer.valueOf(v.text());
    }

    private static List<Object> items(List<StateModel.Item> items) {
        List<Object> out = new ArrayList<>();
        for (StateModel.Item i : items) {
            out.add(Json.obj("text", i.text(), "done", i.done(), "line", i.line(), "resolution", i.resolution()));
        }
        return out;
    }

    private static String text(StateModel.Located l) {
        return l == null ? null : l.text();
    }
}
