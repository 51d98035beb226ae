package dev.atomstate.render;

import dev.atomstate.query.StateLists;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** decisions, blockers, todos, history: the filtered entries as JSON, or one line each. */
public final class ListReport {
    private ListReport() {
    }

    /** {@code kind}: the JSON kind and the key of the list ("decisions", "blockers", "todos", "history"). */
    public static void json(PrintWriter out, String kind, String file, StateLists.Filter filter, StateLists.Result result) {
        Map<String, Object> doc = Json.document(kind);
        doc.put("file", file);
        doc.put("filters", Json.obj("phase", filter.phase(), "since", filter.since() == null ? null : filter.since().toString(),
                "last", filter.last()));
        doc.put("total", result.total());
        doc.put("count", result.entries().size());
        doc.put("undated", result.undated());
        List<Object> list = new ArrayList<>();
        for (StateLists.Entry e : result.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", e.phase());
            m.put("date", e.date());
            m.put("text", e.text());
            m.putAll(e.extra());
            m.put("line", e.line());
            list.add(m);
        }
        doc.put(kind, list);
        Json.print(out, doc);
    }

    public static void text(PrintWriter out, String kind, String file, StateLists.Result result) {
        if (result.entries().isEmpty()) {
            out.println(result.total() == 0 ? "no " + kind + " in " + Safe.text(file)
                    : "no " + kind + " match (" + result.total() + " in " + Safe.text(file) + ")");
        }
        for (StateLists.Entry e : result.entries()) {
            out.println(e.line() + ": " + Safe.text(line(kind, e)));
        }
        if (result.undated() > 0) {
            out.println("(" + result.undated() + " without a date left out by --since)");
        }
    }

    private static String line(String kind, StateLists.Entry e) {
        return switch (kind) {
            case "decisions" -> {
                Object label = e.extra().get("label");
                yield (label == null ? "" : "[" + label + "] ") + e.text();
            }
            case "history" -> history(e);
            default -> (Boolean.TRUE.equals(e.extra().get("done")) ? "[x] " : "[ ] ") + e.text();
        };
    }

    private static String history(StateLists.Entry e) {
        StringBuilder sb = new StringBuilder();
        Object plan = e.extra().get("plan");
        sb.append(plan == null ? "-" : plan);
        if (e.date() != null) {
            sb.append("  ").append(e.date());
        }
        if (e.extra().get("duration") != null) {
            sb.append("  ").append(e.extra().get("duration"));
        }
        if (e.text() != null) {
            String t = e.text();
            sb.append("  ").append(t.length() > 100 ? t.substring(0, 99) + "…" : t);
        }
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) e.extra().get("sources");
        sb.append("  (").append(String.join(", ", sources)).append(")");
        return sb.toString();
    }
}
