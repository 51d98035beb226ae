package dev.atomstate.render;

import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Totals;

import java.io.PrintWriter;
import java.util.Map;

/** export: the whole model (the keys of status --json), the totals with their sources and the roadmap beside it, as JSON or YAML. */
public final class ExportReport {
    private ExportReport() {
    }

    /** {@code format}: "json" or "yaml". */
    public static void print(PrintWriter out, String format, ParsedState state, Neighbours n) {
        Map<String, Object> doc = Json.document("export");
        doc.put("file", state.fileName());
        ModelJson.put(doc, state);
        CrossFileJson.put(doc, Totals.of(state, n), n);
        doc.put("roadmap", CrossFileJson.roadmap(n.roadmap(), n.roadmapFile()));
        doc.put("phaseFolders", CrossFileJson.roadmap(n.folders(), n.phasesDir()));
        if (format.equals("json")) {
            Json.print(out, doc);
        } else {
            out.print(Yaml.write(doc));
        }
    }

    /** Jackson YAML, loaded only for --format yaml. */
    private static final class Yaml {
        static String write(Object value) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
