package dev.atomstate.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output. Jackson is touched only inside {@link JacksonWriter}, so the text paths never load it.
 */
final class Json {
    private Json() {
    }

    static final int SCHEMA_VERSION = 1;

    static Map<String, Object> document(String kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("kind", kind);
        return doc;
    }

    static void print(PrintWriter out, Map<String, Object> doc) {
        out.println(JacksonWriter.write(doc));
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
