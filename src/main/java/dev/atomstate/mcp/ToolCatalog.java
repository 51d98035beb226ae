package dev.atomstate.mcp;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tools the MCP server offers: the everyday verbs, each the CLI command of the same name. Input schemas come
 * from picocli's model of the command ({@link ToolInput}); output schemas are the command's kind in the JSON
 * Schema the CLI ships for {@code --json} (only the definitions that kind uses). Knows nothing of the MCP SDK, so
 * {@code atomstate mcp --list} prints the catalogue without loading it.
 */
final class ToolCatalog {
    /** One tool: its name, the command words, the --json kind it answers with, whether it writes, options left out. */
    record Tool(String name, List<String> command, String kind, boolean writes, Set<String> hidden, String description,
                ToolInput input, Map<String, Object> outputSchema) {
    }

    private record Def(String name, List<String> command, String kind, boolean writes, Set<String> hidden) {
    }

    private static final List<Def> DEFS = List.of(
            new Def("status", List.of("status"), "status", false, Set.of("--full", "--line")),
            new Def("complete_plan", List.of("complete-plan"), "complete-plan", true, Set.of()),
            new Def("decide", List.of("decide"), "decide", true, Set.of()),
            new Def("block", List.of("block"), "block", true, Set.of()),
            new Def("unblock", List.of("unblock"), "unblock", true, Set.of()),
            new Def("todo_add", List.of("todo", "add"), "todo-add", true, Set.of()),
            new Def("todo_done", List.of("todo", "done"), "todo-done", true, Set.of()),
            new Def("session", List.of("session"), "session", true, Set.of()),
            new Def("metric", List.of("metric"), "metric", true, Set.of()),
            new Def("begin_phase", List.of("begin-phase"), "begin-phase", true, Set.of()),
            new Def("complete_phase", List.of("complete-phase"), "complete-phase", true, Set.of()),
            // writes only with fix; a tool always answers JSON, so --format is not offered
            new Def("check", List.of("check"), "check", true, Set.of("--format")),
            new Def("log_add", List.of("log", "add"), "log-add", true, Set.of()),
            new Def("log_result", List.of("log", "result"), "log-result", true, Set.of()));

    private ToolCatalog() {
    }

    static List<Tool> tools(McpHost host) {
        Map<String, Object> schema = publishedSchema();
        List<Tool> tools = new ArrayList<>();
        for (Def d : DEFS) {
            McpHost.CommandShape spec = host.command(d.command());
            String description = spec.description()
                    + " Runs 'atomstate " + String.join(" ", d.command()) + " --json'; the result is its JSON document.";
            tools.add(new Tool(d.name(), d.command(), d.kind(), d.writes(), d.hidden(), description,
                    ToolInput.of(spec, d.writes(), d.hidden()), outputSchema(schema, d.kind())));
        }
        return List.copyOf(tools);
    }

    /** The --json document of {@code kind}: the envelope, the kind's definition, and only the definitions it reaches. */
    static Map<String, Object> outputSchema(Map<String, Object> published, String kind) {
        @SuppressWarnings("unchecked")
        Map<String, Object> defs = (Map<String, Object>) published.get("$defs");
        if (defs == null || !defs.containsKey(kind)) {
            throw new IllegalStateException("the published schema has no $defs/" + kind);
        }
        Map<String, Object> used = new TreeMap<>();
        reach("#/$defs/" + kind, defs, used);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", published.get("$schema"));
        out.put("type", "object");
        out.put("required", List.of("schemaVersion", "kind", "atomstateVersion"));
        out.put("properties", Map.of("schemaVersion", Map.of("const", 1), "kind", Map.of("const", kind),
                "atomstateVersion", Map.of("type", "string")));
        out.put("allOf", List.of(Map.of("$ref", "#/$defs/" + kind)));
        out.put("$defs", used);
        return out;
    }

    private static void reach(String ref, Map<String, Object> defs, Map<String, Object> used) {
        String name = ref.substring("#/$defs/".length());
        if (used.containsKey(name)) {
            return;
        }
        Object def = defs.get(name);
        if (def == null) {
            throw new IllegalStateException("the published schema refers to a missing " + ref);
        }
        used.put(name, def);
        List<String> refs = new ArrayList<>();
        collectRefs(def, refs);
        for (String r : refs) {
            reach(r, defs, used);
        }
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k) && v instanceof String s && s.startsWith("#/$defs/")) {
                    refs.add(s);
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectRefs(v, refs));
        }
    }

    /** src/main/resources/atomstate.schema.json, the schema 'atomstate schema' prints. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> publishedSchema() {
        try (InputStream in = ToolCatalog.class.getResourceAsStream("/atomstate.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("atomstate.schema.json is missing from the jar; rebuild atomstate");
            }
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, LinkedHashMap.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
