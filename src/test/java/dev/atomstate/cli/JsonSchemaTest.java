package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command's real --json output, on every sample, validates against the schema shipped in the jar
 * (src/main/resources/atomstate.schema.json); every command has a kind in the schema.
 */
class JsonSchemaTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode schemaNode() throws IOException {
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream(SchemaCommand.RESOURCE)) {
            assertThat(in).as("schema resource in the jar").isNotNull();
            return MAPPER.readTree(in);
        }
    }

    static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    }

    /** Commands and the arguments that make them print --json; writers run with --dry-run. */
    static List<List<String>> invocations(String planId) {
        return List.of(
                List.of("status"), List.of("export"), List.of("get", "status"), List.of("get", "plan"),
                List.of("set", "status", "Reviewing: \"quoted\" # text", "--dry-run"),
                List.of("progress"), List.of("progress", "--recompute", "--dry-run"),
                List.of("decisions"), List.of("decisions", "--last", "2"), List.of("blockers"), List.of("todos"),
                List.of("history"), List.of("history", "--since", "2026-01-01"), List.of("check"),
                List.of("decide", "Schema-tested decision", "--dry-run"),
                List.of("complete-plan", planId, "--dry-run"),
                List.of("block", "Schema-tested blocker", "--dry-run"), List.of("todo", "add", "Schema-tested todo", "--dry-run"),
                List.of("session", "--stopped-at", "Schema test", "--dry-run"),
                List.of("milestone", "start", "v9.0", "--name", "Schema: \"quoted\" # name", "--dry-run"),
                List.of("milestone", "complete", "--force", "--dry-run"),
                List.of("compact", "--dry-run"), List.of("compact", "--keep-phases", "3", "--dry-run"),
                List.of("velocity"), List.of("velocity", "--last", "3"),
                List.of("report"), List.of("report", "--format", "svg", "--chart", "timeline"), List.of("report", "-o", "report.html", "--dry-run"));
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("planning-samples"))) {
            return s.filter(d -> Files.isRegularFile(d.resolve(".planning/STATE.md"))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJsonOutputValidates() throws IOException {
        JsonSchema schema = schema();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            String plan = nextPlan(sample);
            for (List<String> args : invocations(plan)) {
                tests.add(DynamicTest.dynamicTest(sample.getFileName() + ": " + String.join(" ", args), () -> {
                    List<String> a = new ArrayList<>(args);
                    a.add("--json");
                    CliRun.Result r = CliRun.run(sample, a.toArray(String[]::new));
                    assertThat(r.err()).as("stderr").isEmpty();
                    JsonNode doc = MAPPER.readTree(r.out());
                    Set<ValidationMessage> errors = schema.validate(doc);
                    assertThat(errors).as("%s validates against the schema:\n%s", args, r.out()).isEmpty();
                    String kind = args.get(0).equals("todo") || args.get(0).equals("milestone") ? args.get(0) + "-" + args.get(1) : args.get(0);
                    assertThat(doc.get("kind").asText()).isEqualTo(args.get(0).equals("progress") && args.contains("--recompute")
                            ? "progress-recompute" : kind);
                }));
            }
        }
        return tests.stream();
    }

    /** The worklog commands on the sample that has a worklog. */
    @TestFactory
    Stream<DynamicTest> worklogJsonOutputsValidate() throws IOException {
        JsonSchema schema = schema();
        Path sample = Path.of("planning-samples/long-running");
        return Stream.of(List.of("log", "list"), List.of("log", "show", "latest"), List.of("log", "show", "1"),
                        List.of("log", "add", "--objective", "Schema-tested entry", "--step", "one", "--dry-run"),
                        List.of("log", "result", "2", "Schema-tested result", "--dry-run"), List.of("status"))
                .map(args -> DynamicTest.dynamicTest(String.join(" ", args), () -> {
                    List<String> a = new ArrayList<>(args);
                    a.add("--json");
                    CliRun.Result r = CliRun.run(sample, a.toArray(String[]::new));
                    assertThat(r.err()).as("stderr").isEmpty();
                    JsonNode doc = MAPPER.readTree(r.out());
                    assertThat(schema.validate(doc)).as("%s validates against the schema:\n%s", args, r.out()).isEmpty();
                    String kind = args.get(0).equals("log") ? "log-" + args.get(1) : args.get(0);
                    assertThat(doc.get("kind").asText()).isEqualTo(kind);
                    if (kind.equals("status")) {
                        assertThat(doc.at("/worklog/latest/status").asText()).isEqualTo("completed");
                    }
                }));
    }

    /** A real write (not --dry-run) validates too. */
    @Test
    void aWrittenSetValidates(@TempDir Path dir) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.copy(Path.of("planning-samples/frontmatter/.planning/STATE.md"), planning.resolve("STATE.md"));
        CliRun.Result r = CliRun.run(dir, "set", "frontmatter.status", "paused: waiting", "--json");
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(schema().validate(doc)).isEmpty();
        assertThat(doc.get("written").asBoolean()).isTrue();
    }

    /** compact writes two files; its real result (archive written) validates too. */
    @Test
    void aWrittenCompactValidates(@TempDir Path dir) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.copy(Path.of("planning-samples/long-running/.planning/STATE.md"), planning.resolve("STATE.md"));
        CliRun.Result r = CliRun.run(dir, "compact", "--json");
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(schema().validate(doc)).isEmpty();
        assertThat(doc.get("written").asBoolean()).isTrue();
        assertThat(doc.get("archiveWritten").asBoolean()).isTrue();
        assertThat(doc.get("archive").asText()).isEqualTo(".planning/STATE-ARCHIVE.md");
    }

    @Test
    void theSchemaRejectsAWrongShape() throws IOException {
        CliRun.Result r = CliRun.run(Path.of("planning-samples/gsd-template"), "decisions", "--json");
        ObjectNode doc = (ObjectNode) MAPPER.readTree(r.out());
        assertThat(schema().validate(doc)).isEmpty();
        doc.put("count", "three");
        assertThat(schema().validate(doc)).as("count must be an integer").isNotEmpty();
        doc.put("kind", "no-such-command");
        assertThat(schema().validate(doc)).as("unknown kind").isNotEmpty();
    }

    /** A new command must add its kind to the schema (the schema command itself prints the schema, not a document). */
    @Test
    void everyCommandHasAKindInTheSchema() throws IOException {
        Set<String> kinds = new TreeSet<>();
        schemaNode().at("/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
        CommandLine cl = RootCommand.commandLine(new RootCommand(new Invocation(null, null, java.util.Map.of(), Path.of("."), false, dev.atomstate.io.WritePause.NONE)), new String[0]);
        List<String> names = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getSubcommands().isEmpty()) {
                names.add(name);
            } else {
                // a command group (log) has one kind per subcommand: log-add, log-list, ...
                sub.getSubcommands().keySet().forEach(child -> names.add(name + "-" + child));
            }
        });
        for (String name : names) {
            if (!name.equals("schema")) {
                assertThat(kinds).as("schema kinds").contains(name);
            }
            assertThat(schemaNode().at("/$defs/" + name).isMissingNode() && !name.equals("schema")).as("$defs/%s", name).isFalse();
        }
        assertThat(kinds).contains("progress-recompute");
    }

    @Test
    void schemaCommandPrintsTheShippedSchema() throws IOException {
        CliRun.Result r = CliRun.run(Path.of("."), "schema");
        assertThat(r.exit()).isZero();
        assertThat(MAPPER.readTree(r.out())).isEqualTo(schemaNode());
    }

    private static String nextPlan(Path sample) {
        return switch (sample.getFileName().toString()) {
            case "bold-fields" -> "03-03";
            case "crlf-decisions-table" -> "02-03";
            case "frontmatter" -> "08-03";
            case "gsd-template" -> "02-02";
            case "separate-fields" -> "02-02";
            default -> "41-04";
        };
    }
}
