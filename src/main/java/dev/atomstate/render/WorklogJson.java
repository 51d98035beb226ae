package dev.atomstate.render;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Worklog entries as JSON (the contract's {@code entries[]} keys) and as one line of text. */
public final class WorklogJson {
    private WorklogJson() {
    }

    public static Map<String, Object> entry(int number, WorklogEntry e) {
        List<Object> other = new ArrayList<>();
        for (WorklogEntry.Part p : e.other()) {
            other.add(Json.obj("label", p.label(), "text", p.text()));
        }
        return Json.obj("number", number, "line", e.line(), "timestamp", e.timestamp(), "timestampText", e.timestampText(),
                "end", e.end(), "objective", e.objective(), "steps", e.steps(), "results", e.results(), "status", e.status().id(),
                "other", other);
    }

    public static List<Object> problems(ParsedWorklog w) {
        List<Object> out = new ArrayList<>();
        for (ParseProblem p : w.problems()) {
            out.add(Json.obj("rule", p.rule(), "line", p.line(), "message", p.message()));
        }
        return out;
    }

    /** One line: when, status, what. */
    public static String oneLine(WorklogEntry e) {
        String when = e.timestampText() != null ? e.timestampText() : "(no date)";
        return when + " · " + e.status().id() + " · " + (e.objective() != null ? e.objective() : "(no objective)");
    }
}
