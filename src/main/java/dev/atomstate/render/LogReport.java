package dev.atomstate.render;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** log list and log show: the entries of a worklog, numbered in file order, as text or JSON. */
public final class LogReport {
    private LogReport() {
    }

    /** The entries with {@code status} (null: any) dated {@code from} or later (null: any date; undated ones drop out then). */
    public static void list(PrintWriter out, boolean json, ParsedWorklog w, WorklogStatus status, LocalDate from) {
        List<Object> entries = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int width = String.valueOf(w.entries().size()).length();
        for (int i = 0; i < w.entries().size(); i++) {
            WorklogEntry e = w.entries().get(i).entry();
            if (status != null && e.status() != status
                    || from != null && (e.timestamp() == null || LocalDate.parse(e.timestamp().substring(0, 10)).isBefore(from))) {
                continue;
            }
            entries.add(WorklogJson.entry(i + 1, e));
            lines.add(String.format("%" + width + "d  %s", i + 1, Safe.text(WorklogJson.oneLine(e))));
        }
        if (json) {
            Map<String, Object> doc = Json.document("log-list");
            doc.put("file", w.fileName());
            doc.put("layout", w.layout().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            doc.put("newestFirst", w.layout().newestFirst());
            doc.put("entries", entries);
            doc.put("problems", WorklogJson.problems(w));
            Json.print(out, doc);
            return;
        }
        boolean nothingDated = w.entries().isEmpty() && w.problems().stream().anyMatch(p -> p.rule().equals("worklog-no-entries"));
        if (nothingDated) {
            // a count of zero reads as "the log is empty"; the file has text, only none of it is dated
            out.println(Safe.text(w.fileName()) + ": nothing datable — no heading or line starts with a date, so there are no entries to list"
                    + " (write one as '## 2026-03-01 09:30 UTC')");
        } else {
            out.println(Safe.text(w.fileName()) + ": " + lines.size() + (lines.size() == 1 ? " entry" : " entries")
                    + (lines.size() == w.entries().size() ? "" : " of " + w.entries().size()));
        }
        lines.forEach(out::println);
        for (ParseProblem p : w.problems()) {
            if (!(nothingDated && p.rule().equals("worklog-no-entries"))) {
                out.println(Safe.text(w.fileName() + ":" + p.line() + ": " + p.message()));
            }
        }
    }

    /** Entry {@code n} of {@code w} in full: timestamp, status, objective, steps, results and its other parts. */
    public static void show(PrintWriter out, boolean json, ParsedWorklog w, int n, WorklogEntry e) {
        if (json) {
            Map<String, Object> doc = Json.document("log-show");
            doc.put("file", w.fileName());
            doc.put("entry", WorklogJson.entry(n, e));
            Json.print(out, doc);
            return;
        }
        out.println(Safe.text(w.fileName()) + ":" + e.line() + ": entry " + n + " of " + w.entries().size());
        out.println("Time       " + Safe.text(e.timestampText() == null ? "(none)" : e.timestampText() + " (" + e.timestamp()
                + (e.end() == null ? "" : " to " + e.end()) + ")"));
        out.println("Status     " + e.status().id());
        out.println("Objective  " + (e.objective() == null ? "(none)" : Safe.text(e.objective())));
        if (!e.steps().isEmpty()) {
            out.println("Steps");
            for (int i = 0; i < e.steps().size(); i++) {
                out.println("  " + (i + 1) + ". " + Safe.text(e.steps().get(i)));
            }
        }
        out.println("Results" + (e.results() == null ? "    (none)" : ""));
        indented(out, e.results());
        for (WorklogEntry.Part p : e.other()) {
            out.println(Safe.text(p.label()));
            indented(out, p.text());
        }
    }

    private static void indented(PrintWriter out, String text) {
        if (text != null && !text.isBlank()) {
            text.lines().forEach(l -> out.println(Safe.text(("  " + l).stripTrailing())));
        }
    }
}
