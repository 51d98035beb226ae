package dev.atomstate.render;

import dev.atomstate.app.StatusReport;

import java.io.PrintWriter;
import java.util.Map;

/** status --json: the model (the contract's keys), totals and neighbours, the number of check findings, the newest worklog entry. */
public final class StatusJson {
    private StatusJson() {
    }

    public static void print(PrintWriter out, StatusReport report) {
        Map<String, Object> doc = Json.document("status");
        doc.put("file", report.file());
        ModelJson.put(doc, report.state());
        CrossFileJson.put(doc, report.totals(), report.neighbours());
        doc.put("problems", report.problems().total());
        StatusReport.Worklog w = report.worklog();
        if (w != null) {
            doc.put("worklog", Json.obj("file", w.file(), "entries", w.entries(),
                    "latest", w.newest() == null ? null : WorklogJson.entry(w.newestNumber(), w.newest())));
        }
        Json.print(out, doc);
    }
}
