package dev.atomstate.render;

import dev.atomstate.app.ProgressReport;
import dev.atomstate.model.Neighbours;
import dev.atomstate.query.Totals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** progress: each segment with its numbers and their sources, then the totals, as text or JSON. */
public final class ProgressText {
    private ProgressText() {
    }

    public static void json(PrintWriter out, String file, List<ProgressReport.Segment> segments, Totals.Result totals, Neighbours n) {
        Map<String, Object> doc = Json.document("progress");
        doc.put("file", file);
        List<Object> list = new ArrayList<>();
        for (ProgressReport.Segment s : segments) {
            list.add(Json.obj("label", s.label(), "done", s.done(), "total", s.total(), "percent", s.percent(),
                    "computedPercent", s.computedPercent(), "barCells", s.barCells(), "barFilled", s.barFilled(),
                    "expectedFilled", s.expectedFilled(), "line", s.line(), "sources", s.sources()));
        }
        doc.put("progress", list);
        CrossFileJson.put(doc, totals, n);
        Json.print(out, doc);
    }

    public static void text(PrintWriter out, String file, List<ProgressReport.Segment> segments, Totals.Result totals) {
        out.println(Safe.text(file));
        if (segments.isEmpty()) {
            out.println("  no progress line");
        }
        for (ProgressReport.Segment s : segments) {
            StringBuilder sb = new StringBuilder("  ").append(s.label() == null ? "progress" : s.label()).append(": ");
            sb.append(s.done() == null ? "?" : s.done()).append('/').append(s.total() == null ? "?" : s.total()).append(" plans");
            if (s.percent() != null) {
                sb.append(", states ").append(num(s.percent())).append('%');
            }
            if (s.computedPercent() != null) {
                sb.append(", computed ").append(num(s.computedPercent())).append('%');
            }
            if (s.barCells() != null) {
                sb.append(", bar ").append(s.barFilled()).append('/').append(s.barCells());
                if (s.expectedFilled() != null && !s.expectedFilled().equals(s.barFilled())) {
                    sb.append(" (should be ").append(s.expectedFilled()).append(')');
                }
            }
            sb.append("  [done: ").append(src(s.sources().get("done"))).append(", total: ").append(src(s.sources().get("total"))).append(']');
            out.println(Safe.text(sb.toString()));
        }
        line(out, "phases", totals.phases());
        line(out, "plans in phase " + (totals.phase() == null ? "?" : totals.phase()), totals.plansInPhase());
        line(out, "plans done in phase", totals.plansDoneInPhase());
        line(out, "plans in " + (totals.milestone() == null ? "milestone" : totals.milestone()), totals.milestonePlans());
    }

    private static void line(PrintWriter out, String what, Totals.Count c) {
        if (c.value() == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("  ").append(what).append(": ").append(c.value()).append(" (").append(c.source());
        for (var e : c.bySource().entrySet()) {
            if (e.getValue() != null && !e.getKey().equals(c.source())) {
                sb.append("; ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        out.println(Safe.text(sb.append(')').toString()));
    }

    private static String src(String s) {
        return s == null ? "unknown" : s;
    }

    private static String num(double d) {
        return dev.atomstate.model.Decimals.plain(d);
    }
}
