package dev.atomstate.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code atomstate mcp --list} prints: the server's tools and resources, without loading the MCP SDK. */
public final class McpCatalogue {
    private McpCatalogue() {
    }

    /** Each tool: name, command, --json kind, whether it writes, description, input schema. */
    public static List<Map<String, Object>> tools(McpHost host) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ToolCatalog.Tool t : ToolCatalog.tools(host)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("command", "atomstate " + String.join(" ", t.command()));
            m.put("kind", t.kind());
            m.put("writes", t.writes());
            m.put("description", t.description());
            m.put("inputSchema", t.input().schema());
            out.add(m);
        }
        return out;
    }

    /** Each resource: uri, name, mime type, description. */
    public static List<Map<String, Object>> resources() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Resources.Resource r : Resources.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("uri", r.uri());
            m.put("name", r.name());
            m.put("mimeType", r.mimeType());
            m.put("description", r.description());
            out.add(m);
        }
        return out;
    }
}
