package dev.atomstate.render;

import dev.atomstate.app.VelocityReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys of {@code velocity --json} (kind {@code velocity}); minutes are numbers, durations as the file wrote them. */
public final class VelocityJson {
    private VelocityJson() {
    }

    public static Map<String, Object> map(String file, String archive, VelocityReport.Result r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file);
        doc.put("archive", archive);
        doc.put("recorded", r.plans().size());
        doc.put("counted", r.countedPlans());
        doc.put("excluded", r.plans().size() - r.countedPlans());
        List<Object> plans = new ArrayList<>();
        for (VelocityReport.Plan p : r.plans()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", p.phase());
            m.put("plan", p.plan());
            m.put("duration", p.duration());
            m.put("minutes", p.minutes());
            m.put("counted", p.counted());
            m.put("excluded", p.excluded());
            m.put("file", p.file());
            m.put("line", p.line());
            plans.add(m);
        }
        doc.put("plans", plans);
        List<Object> phases = new ArrayList<>();
        for (VelocityReport.PhaseStats s : r.phases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", s.phase());
            m.put("plans", s.plans());
            m.put("counted", s.counted());
            m.put("median", s.median());
            m.put("p25", s.p25());
            m.put("p75", s.p75());
            m.put("min", s.min());
            m.put("max", s.max());
            m.put("total", s.total());
            phases.add(m);
        }
        doc.put("phases", phases);
        VelocityReport.Pace pace = r.pace();
        Map<String, Object> recent = new LinkedHashMap<>();
        recent.put("count", pace.plans().size());
        recent.put("plans", pace.plans().stream().map(VelocityReport.Plan::plan).toList());
        recent.put("minutes", pace.plans().stream().map(VelocityReport.Plan::minutes).toList());
        recent.put("sparkline", VelocityText.sparkline(pace.plans().stream().map(VelocityReport.Plan::minutes).toList()));
        recent.put("median", pace.median());
        recent.put("p25", pace.p25());
        recent.put("p75", pace.p75());
        recent.put("trend", pace.trend());
        recent.put("earlierMedian", pace.earlierMedian());
        recent.put("laterMedian", pace.laterMedian());
        doc.put("recent", recent);
        doc.put("basis", r.paceBasis());
        List<Object> estimates = new ArrayList<>();
        for (VelocityReport.Estimate e : r.estimates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scope", e.scope());
            m.put("name", e.name());
            m.put("plansLeft", e.plansLeft());
            m.put("assumed", e.assumed());
            m.put("basis", e.basis());
            Map<String, Object> minutes = new LinkedHashMap<>();
            minutes.put("low", e.low());
            minutes.put("mid", e.mid());
            minutes.put("high", e.high());
            m.put("minutes", minutes);
            estimates.add(m);
        }
        doc.put("estimates", estimates);
        return doc;
    }
}
