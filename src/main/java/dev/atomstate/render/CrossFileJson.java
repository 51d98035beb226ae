package dev.atomstate.render;

import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Roadmap;
import dev.atomstate.query.Totals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The roadmap and phase folders beside the state file, and the totals they give, as JSON. */
public final class CrossFileJson {
    private CrossFileJson() {
    }

    /** {"totals": {...}, "neighbours": {"roadmap": file|null, "phasesDir": dir|null}}. */
    public static void put(Map<String, Object> doc, Totals.Result t, Neighbours n) {
        doc.put("neighbours", Json.obj("roadmap", n.roadmapFile(), "phasesDir", n.phasesDir()));
        doc.put("totals", Json.obj("milestone", t.milestone(), "phase", t.phase(),
                "phases", count(t.phases()), "plansInPhase", count(t.plansInPhase()),
                "plansDoneInPhase", count(t.plansDoneInPhase()), "milestonePlans", count(t.milestonePlans()),
                "milestonePlansDone", count(t.milestonePlansDone())));
    }

    static Map<String, Object> count(Totals.Count c) {
        Map<String, Object> m = Json.obj("value", c.value(), "source", c.source());
        m.putAll(c.bySource());
        return m;
    }

    public static Map<String, Object> roadmap(Roadmap r, String file) {
        if (r == null) {
            return null;
        }
        List<Object> phases = new ArrayList<>();
        for (Roadmap.Phase p : r.phases()) {
            phases.add(Json.obj("number", p.number(), "name", p.name(), "plans", p.plans(), "completedPlans",
                    p.completedPlans(), "complete", p.complete(), "milestone", p.milestone(), "plansSource", p.plansSource(),
                    "line", p.line() == 0 ? null : p.line()));
        }
        List<Object> milestones = new ArrayList<>();
        for (Roadmap.Milestone m : r.milestones()) {
            milestones.add(Json.obj("version", m.version(), "name", m.name(), "firstPhase", m.firstPhase(),
                    "lastPhase", m.lastPhase(), "active", m.active(), "line", m.line()));
        }
        return Json.obj("file", file, "phases", phases, "milestones", milestones);
    }
}
