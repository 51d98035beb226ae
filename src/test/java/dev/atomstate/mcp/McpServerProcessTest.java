package dev.atomstate.mcp;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.McpClients;
import dev.atomstate.testing.Projects;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code atomstate mcp} as a real process, driven by the MCP SDK's own client over stdio: the tools, their schemas,
 * and every tool call against the same command run by the CLI on a copy of the project.
 */
class McpServerProcessTest {
    static final List<String> TOOLS = List.of("status", "complete_plan", "decide", "block", "unblock", "todo_add", "todo_done",
            "session", "metric", "begin_phase", "complete_phase", "check", "log_add", "log_result");

    /** The positional parameters, by the names of the fields picocli binds them to. */
    static final Map<String, List<String>> POSITIONALS = Map.ofEntries(Map.entry("complete_plan", List.of("id")),
            Map.entry("decide", List.of("text")), Map.entry("block", List.of("text")), Map.entry("unblock", List.of("match")),
            Map.entry("todo_add", List.of("text")), Map.entry("todo_done", List.of("match")), Map.entry("metric", List.of("id")),
            Map.entry("begin_phase", List.of("number")), Map.entry("complete_phase", List.of("number")),
            Map.entry("check", List.of("paths")), Map.entry("log_result", List.of("which", "text")));

    @TempDir
    Path dir;

    static Path project(Path parent, String name, String sample) throws IOException {
        return Projects.withSample(parent.resolve(name), sample);
    }

    @Test
    void listsEveryToolWithSchemasTheMetaSchemaAccepts() throws IOException {
        Path project = project(dir, "p", "gsd-template");
        try (McpClients.Session s = McpClients.start(project, Map.of())) {
            assertThat(s.client().getServerInfo().name()).isEqualTo("atomstate");
            assertThat(s.client().getServerInstructions()).contains("never by editing the file");
            List<McpSchema.Tool> tools = s.client().listTools().tools();
            assertThat(tools).extracting(McpSchema.Tool::name).containsExactlyElementsOf(TOOLS);
            for (McpSchema.Tool t : tools) {
                assertThat(McpClients.SchemaValidator.metaErrors(t.inputSchema())).as("%s input schema", t.name()).isEmpty();
                assertThat(McpClients.SchemaValidator.metaErrors(t.outputSchema())).as("%s output schema", t.name()).isEmpty();
                assertThat(t.inputSchema()).containsEntry("type", "object").containsEntry("additionalProperties", false);
                assertThat(t.outputSchema()).containsEntry("type", "object");
                assertThat(t.description()).as(t.name()).isNotBlank();
            }
            McpSchema.Tool completePlan = tools.get(1);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) completePlan.inputSchema().get("properties");
            assertThat(props.get("id")).containsEntry("type", "string");
            assertThat(props.get("tasks")).containsEntry("type", "integer");
            assertThat(props.get("force")).containsEntry("type", "boolean");
            assertThat(props.get("dry_run")).containsEntry("type", "boolean");
            assertThat(completePlan.inputSchema().get("required")).isEqualTo(List.of("id"));
            assertThat(completePlan.annotations().readOnlyHint()).isFalse();
            assertThat(completePlan.annotations().idempotentHint()).isTrue();
            assertThat(tools.get(0).annotations().readOnlyHint()).as("status reads only").isTrue();
        }
    }

    /**
     * The input properties are the options the command's own --help lists (read from the help text, not from the
     * model the schemas come from), less the inherited root options and the few a tool leaves out.
     */
    @Test
    void eachToolTakesTheOptionsItsCommandsHelpLists() throws IOException {
        Set<String> root = Set.of("--file", "--worklog", "--json", "--now", "--dry-run", "--no-color", "--help", "--version");
        Map<String, Set<String>> hidden = Map.of("status", Set.of("--full", "--line"), "check", Set.of("--format"));
        Pattern option = Pattern.compile("(?m)^\\s+(?:-\\w, )?(--[a-z][a-z-]*)");
        Path project = project(dir, "p", "gsd-template");
        try (McpClients.Session s = McpClients.start(project, Map.of())) {
            for (McpSchema.Tool t : s.client().listTools().tools()) {
                List<String> help = new ArrayList<>(List.of(t.title().substring("atomstate ".length()).split(" ")));
                help.add("--help");
                CliRun.Result r = CliRun.run(project, help.toArray(String[]::new));
                Set<String> expected = new TreeSet<>();
                Matcher m = option.matcher(r.out());
                while (m.find()) {
                    String name = m.group(1);
                    if (!root.contains(name) && !hidden.getOrDefault(t.name(), Set.of()).contains(name)) {
                        expected.add(name.substring(2).replace('-', '_'));
                    }
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) t.inputSchema().get("properties");
                expected.addAll(POSITIONALS.getOrDefault(t.name(), List.of()));
                Set<String> names = new TreeSet<>(props.keySet());
                names.remove("dry_run");
                assertThat(names).as("%s: the options of its --help and its parameters", t.name()).isEqualTo(expected);
                assertThat(props.containsKey("dry_run")).as("%s: dry_run for writers", t.name()).isEqualTo(!t.name().equals("status"));
            }
        }
    }

    /** The same calls through the server and through the CLI on a copy: the same documents, the same bytes. */
    @Test
    void everyToolCallChangesTheFileExactlyAsTheCliDoes() throws IOException {
        Path served = project(dir, "served", "gsd-template");
        Path copy = project(dir, "copy", "gsd-template");
        List<Call> calls = List.of(
                new Call("status", Map.of(), "status"),
                new Call("decide", Map.of("text", "Aisle order comes from the store profile", "rationale", "stores differ"),
                        "decide", "--rationale", "stores differ", "Aisle order comes from the store profile"),
                new Call("complete_plan", args("id", "02-02", "duration", "14min", "tasks", 3, "files", 4, "title", "Shopping list export"),
                        "complete-plan", "02-02", "--duration", "14min", "--tasks", "3", "--files", "4", "--title", "Shopping list export"),
                new Call("block", Map.of("text", "Waiting for the store API key"), "block", "Waiting for the store API key"),
                new Call("todo_add", Map.of("text", "Ask about bulk items"), "todo", "add", "Ask about bulk items"),
                new Call("session", Map.of("stopped_at", "Shopping list export done"), "session", "--stopped-at", "Shopping list export done"),
                new Call("metric", Map.of("id", "02-02", "duration", "16min", "replace", true), "metric", "02-02", "--duration", "16min", "--replace"),
                new Call("unblock", Map.of("match", "store API key"), "unblock", "store API key"),
                new Call("todo_done", Map.of("match", "1"), "todo", "done", "1"),
                new Call("decide", Map.of("text", "--force is what the text says", "dry_run", true),
                        "decide", "--dry-run", "--", "--force is what the text says"),
                new Call("log_add", args("objective", "Export the shopping list", "step", List.of("Group by aisle", "Write the PDF"), "results", "In progress"),
                        "log", "add", "--objective", "Export the shopping list", "--step", "Group by aisle", "--step", "Write the PDF", "--results", "In progress"),
                new Call("log_result", Map.of("which", "latest", "text", "PDF export works", "status", "completed"),
                        "log", "result", "latest", "PDF export works", "--status", "completed"),
                new Call("check", Map.of(), "check"));
        try (McpClients.Session s = McpClients.start(served, Map.of())) {
            byte[] start = Files.readAllBytes(served.resolve(".planning/STATE.md"));
            for (Call c : calls) {
                McpSchema.CallToolResult result = s.client().callTool(new McpSchema.CallToolRequest(c.tool(), c.arguments()));
                List<String> cliArgs = new ArrayList<>(List.of("--json"));
                cliArgs.addAll(c.cli());
                CliRun.Result cli = CliRun.run(copy, cliArgs.toArray(String[]::new));
                assertThat(result.isError()).as("%s: %s", c.tool(), result.content()).isFalse();
                assertThat(cli.exit()).as("%s on the CLI: %s", c.tool(), cli.err()).isIn(0, 1);
                String text = ((McpSchema.TextContent) result.content().get(0)).text();
                assertThat(text).as("%s: the text is the command's --json", c.tool()).isEqualTo(cli.out().strip());
                assertThat(result.structuredContent()).as("%s: structured content", c.tool())
                        .isEqualTo(McpClients.parse(cli.out()));
                assertSameFiles(served, copy, c.tool());
            }
            assertThat(Files.readAllBytes(served.resolve(".planning/STATE.md"))).as("the calls did change the file").isNotEqualTo(start);
            assertThat(Files.readString(served.resolve(".planning/STATE.md"))).contains("Aisle order comes from the store profile")
                    .doesNotContain("--force is what the text says");
            assertThat(s.stderr()).as("the server's stderr").isEmpty();
        }
    }

    @Test
    void aRefusalIsAToolErrorWithTheCommandsOneLineAndWritesNothing() throws IOException {
        Path project = project(dir, "p", "gsd-template");
        Path state = project.resolve(".planning/STATE.md");
        Files.setLastModifiedTime(state, FileTime.fromMillis(1_000_000_000_000L));
        byte[] before = Files.readAllBytes(state);
        CliRun.Result cli = CliRun.run(project, "complete-plan", "99-01", "--json");
        assertThat(cli.exit()).isEqualTo(1);
        try (McpClients.Session s = McpClients.start(project, Map.of())) {
            McpSchema.CallToolResult refused = s.client().callTool(new McpSchema.CallToolRequest("complete_plan", Map.of("id", "99-01")));
            assertThat(refused.isError()).isTrue();
            assertThat(refused.content()).hasSize(1);
            assertThat(((McpSchema.TextContent) refused.content().get(0)).text()).isEqualTo(cli.err().strip()).startsWith("atomstate: ")
                    .doesNotContain("\n");

            McpSchema.CallToolResult unknown = s.client().callTool(new McpSchema.CallToolRequest("decide", Map.of("text", "x", "colour", "red")));
            assertThat(unknown.isError()).isTrue();
            assertThat(((McpSchema.TextContent) unknown.content().get(0)).text())
                    .isEqualTo("atomstate: decide: unknown argument 'colour'; this tool takes text, phase, rationale, dry_run");

            McpSchema.CallToolResult badType = s.client().callTool(new McpSchema.CallToolRequest("complete_plan", args("id", "02-02", "tasks", "three")));
            assertThat(badType.isError()).isTrue();
            assertThat(((McpSchema.TextContent) badType.content().get(0)).text()).startsWith("atomstate: ").contains("--tasks");
        }
        assertThat(Files.readAllBytes(state)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(state)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
    }

    @Test
    void resourcesAreTheFilesAsWrittenAndAsTheModel() throws IOException {
        Path project = project(dir, "p", "long-running");
        Files.copy(Path.of("planning-samples/long-running/.planning/WORKLOG.md"), project.resolve(".planning/WORKLOG.md"));
        try (McpClients.Session s = McpClients.start(dir, Map.of(), project.toString())) {
            assertThat(s.client().listResources().resources()).extracting(McpSchema.Resource::uri)
                    .containsExactlyInAnyOrder("atomstate://state", "atomstate://state/model", "atomstate://worklog", "atomstate://worklog/model");
            assertThat(read(s, "atomstate://state")).isEqualTo(Files.readString(project.resolve(".planning/STATE.md")));
            assertThat(read(s, "atomstate://worklog")).isEqualTo(Files.readString(project.resolve(".planning/WORKLOG.md")));
            assertThat(McpClients.parse(read(s, "atomstate://state/model"))).containsEntry("kind", "export")
                    .isEqualTo(McpClients.parse(CliRun.run(project, "export", "--json").out()));
            assertThat(McpClients.parse(read(s, "atomstate://worklog/model"))).containsEntry("kind", "log-list");
            // the server found the project from its ROOT argument, as the CLI finds it from there
            McpSchema.CallToolResult status = s.client().callTool(new McpSchema.CallToolRequest("status", Map.of()));
            assertThat(status.structuredContent()).isEqualTo(McpClients.parse(CliRun.run(project, "status", "--json").out()));
        }
    }

    @Test
    void aResourceThatCannotBeReadSaysWhyInOneLine() throws IOException {
        Path project = project(dir, "p", "gsd-template");
        try (McpClients.Session s = McpClients.start(project, Map.of())) {
            assertThatThrownBy(() -> read(s, "atomstate://worklog")).hasMessageContaining("no worklog found");
        }
    }

    private static String read(McpClients.Session s, String uri) {
        McpSchema.ReadResourceResult r = s.client().readResource(new McpSchema.ReadResourceRequest(uri));
        return ((McpSchema.TextResourceContents) r.contents().get(0)).text();
    }

    private static void assertSameFiles(Path served, Path copy, String after) throws IOException {
        for (String name : List.of("STATE.md", "WORKLOG.md")) {
            Path a = served.resolve(".planning").resolve(name);
            Path b = copy.resolve(".planning").resolve(name);
            assertThat(Files.exists(a)).as("%s after %s", name, after).isEqualTo(Files.exists(b));
            if (Files.exists(a)) {
                assertThat(Files.readAllBytes(a)).as("%s after %s: the same bytes as the CLI's", name, after).isEqualTo(Files.readAllBytes(b));
            }
        }
    }

    record Call(String tool, Map<String, Object> arguments, List<String> cli) {
        Call(String tool, Map<String, Object> arguments, String... cli) {
            this(tool, arguments, List.of(cli));
        }
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
