package dev.atomstate.render;

import dev.atomstate.app.StateFields;

import java.io.PrintWriter;
import java.util.Map;

/** get: the value of one field, alone on its line, or as JSON with where it is. */
public final class FieldReport {
    private FieldReport() {
    }

    public static void print(PrintWriter out, boolean json, String file, StateFields.Target t) {
        if (!json) {
            out.println(Safe.text(t.text()));
            return;
        }
        Map<String, Object> doc = Json.document("get");
        doc.put("file", file);
        doc.put("field", t.name());
        doc.put("source", t.source());
        doc.put("value", t.text());
        doc.put("raw", t.raw());
        doc.put("line", t.line());
        Json.print(out, doc);
    }
}
