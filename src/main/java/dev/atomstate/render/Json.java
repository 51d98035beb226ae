package dev.atomstate.render;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output: one document per run, {"schemaVersion": 1, "kind": …, "atomstateVersion": …}. Jackson is touched only
 * inside {@link JacksonWriter}, so the text paths never load it.
 */
public final class Json {
    private Json() {
    }

    public static final int SCHEMA_VERSION = 1;

    /**
     * The envelope every --json document starts with: the schema's version, the kind (the command), and the version of
     * the tool that wrote it, so that a stored document says which build made it (SARIF has it as driver.version).
     */
    public static Map<String, Object> document(String kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("kind", kind);
        doc.put("atomstateVersion", dev.atomstate.model.ToolVersion.current().version());
        return doc;
    }

    public static void print(PrintWriter out, Map<String, Object> doc) {
        out.println(JacksonWriter.write(doc));
    }

    /** {"k1": v1, "k2": v2, …} in the order given. */
    public static Map<String, Object> obj(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static final class JacksonWriter {
        private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter();

        static String write(Object value) {
            try {
                return WRITER.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
