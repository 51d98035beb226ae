package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.testing.Scratch;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compact} on every seed and corpus STATE.md, as stored and with CRLF line endings, through the real command
 * on a temp copy. Lossless: as multisets of lines, state before = state after + lines the archive gained, not counting
 * the headings, blank lines and copied table headers compaction writes itself. The archive reads back as a state file
 * of the same dialect (the moved decisions, metrics rows, Previous entries and items are read as such), {@code status}
 * reads the same position, progress and open items, no check rule finds more than before, and a second run changes
 * nothing.
 */
class CompactOnEveryStateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> compactionLosesNothing() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Files.stateFiles()) {
            tests.add(Named.test(Files.name(p) + " [as stored]", () -> compact(Files.text(p), false)));
            tests.add(Named.test(Files.name(p) + " [crlf]", () -> compact(Shared.toCrlf(Files.text(p)), true)));
        }
        return tests.stream();
    }

    /** The Done-when of issue 19: the two largest seeds end within the default budget of 150 lines and 16 KiB. */
    @Test
    void seedsZeroAndOneEndWithinTheBudget() throws IOException {
        Shared.assumePresent();
        for (Path seed : Shared.stateSeeds()) {
            String name = seed.getFileName().toString();
            if (!name.startsWith("000_") && !name.startsWith("001_")) {
                continue;
            }
            Path dir = Scratch.dir("compact-seed-");
            java.nio.file.Files.writeString(dir.resolve("STATE.md"), Files.text(seed));
            CliRun.Result before = CliRun.run(dir, "check", "-f", "STATE.md", "--json");
            assertThat(rules(before.out())).as("%s is over the budget before", name).containsKey("size-budget");
            CliRun.Result r = CliRun.run(dir, "compact", "-f", "STATE.md");
            assertThat(r.exit()).as(r.err()).isZero();
            String after = java.nio.file.Files.readString(dir.resolve("STATE.md"));
            assertThat(Document.parse(after).lineCount()).as("%s lines after compact", name).isLessThanOrEqualTo(150);
            assertThat(after.getBytes(StandardCharsets.UTF_8).length).as("%s bytes after compact", name).isLessThanOrEqualTo(16 * 1024);
            CliRun.Result check = CliRun.run(dir, "check", "-f", "STATE.md", "--json");
            assertThat(rules(check.out())).as("%s: size-budget no longer fires", name).doesNotContainKey("size-budget");
        }
    }

    static void compact(String before, boolean crlf) throws IOException {
        Path dir = Scratch.dir("compact-corpus-");
        Path state = dir.resolve("STATE.md");
        Path archive = dir.resolve("STATE-ARCHIVE.md");
        java.nio.file.Files.writeString(state, before);
        JsonNode statusBefore = JSON.readTree(CliRun.run(dir, "status", "-f", "STATE.md", "--json").out());
        Map<String, Integer> checkBefore = rules(CliRun.run(dir, "check", "-f", "STATE.md", "--json").out());

        CliRun.Result r = CliRun.run(dir, "compact", "-f", "STATE.md", "--json");
        assertThat(r.exit()).as("compact exit; stderr %s", r.err()).isZero();
        JsonNode result = JSON.readTree(r.out());
        String after = java.nio.file.Files.readString(state);
        boolean archived = java.nio.file.Files.exists(archive);
        String added = archived ? java.nio.file.Files.readString(archive) : "";
        if (!result.get("changed").asBoolean()) {
            assertThat(after).as("nothing to compact: the file is unchanged").isEqualTo(before);
            assertThat(archived).as("nothing to compact: no archive").isFalse();
            return;
        }

        // lossless, as multisets of lines
        Map<String, Integer> removed = difference(lines(before), lines(after), "the state only loses lines");
        Map<String, Integer> extra = difference(lines(added), removed, "every removed line is in the archive");
        List<String> afterLines = contents(after);
        for (Map.Entry<String, Integer> e : extra.entrySet()) {
            String line = e.getKey();
            boolean written = line.isBlank() || Section.atxLevel(line) > 0
                    || line.stripLeading().startsWith("|") && afterLines.contains(line);
            assertThat(written).as("a line in the archive that was not moved must be a heading, a blank line or a copied table "
                    + "header: '%s'", line).isTrue();
        }
        if (crlf) {
            assertThat(added.replace("\r\n", "")).as("the archive is written with the file's CRLF line endings").doesNotContain("\n");
        }

        // the archive reads back as a state file of the same dialect
        ParsedState back = StateParser.parse("STATE-ARCHIVE.md", added);
        assertThat(back.problems()).as("the archive parses cleanly").isEmpty();
        JsonNode moved = result.get("moved");
        assertThat(back.model().decisions()).as("moved decisions read back as decisions").hasSize(moved.get("decisions").asInt());
        assertThat(back.model().metrics()).as("moved metrics rows read back as metrics rows").hasSize(moved.get("metrics").asInt());
        assertThat(back.model().history()).as("moved Previous entries read back as history").hasSize(moved.get("history").asInt());
        assertThat(back.model().blockers().stream().filter(StateModel.Item::done)).as("resolved blockers")
                .hasSize(moved.get("blockers").asInt());
        assertThat(back.model().todos().stream().filter(StateModel.Item::done)).as("done todos").hasSize(moved.get("todos").asInt());

        // status reads the same position, progress and open items; no rule finds more
        JsonNode statusAfter = JSON.readTree(CliRun.run(dir, "status", "-f", "STATE.md", "--json").out());
        for (String key : new String[] {"position", "progress"}) {
            assertThat(withoutLines(statusAfter.get(key))).as("status %s", key).isEqualTo(withoutLines(statusBefore.get(key)));
        }
        for (String key : new String[] {"blockers", "todos"}) {
            assertThat(openTexts(statusAfter.get(key))).as("open %s", key).isEqualTo(openTexts(statusBefore.get(key)));
        }
        Map<String, Integer> checkAfter = rules(CliRun.run(dir, "check", "-f", "STATE.md", "--json").out());
        checkAfter.forEach((rule, n) -> assertThat(n).as("findings of %s after compact", rule)
                .isLessThanOrEqualTo(checkBefore.getOrDefault(rule, 0)));

        // a second run changes nothing
        CliRun.Result again = CliRun.run(dir, "compact", "-f", "STATE.md", "--json");
        assertThat(again.exit()).isZero();
        assertThat(JSON.readTree(again.out()).get("changed").asBoolean()).as("second run: %s", again.out()).isFalse();
        assertThat(java.nio.file.Files.readString(state)).isEqualTo(after);
        assertThat(java.nio.file.Files.readString(archive)).isEqualTo(added);
    }

    static Map<String, Integer> rules(String checkJson) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode d : JSON.readTree(checkJson).get("diagnostics")) {
            out.merge(d.get("rule").asText(), 1, Integer::sum);
        }
        return out;
    }

    private static List<String> contents(String text) {
        List<String> out = new ArrayList<>();
        for (Line l : Document.parse(text).lines()) {
            out.add(l.content());
        }
        return out;
    }

    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (String l : contents(text)) {
            m.merge(l, 1, Integer::sum);
        }
        return m;
    }

    /** {@code a - b} as multisets; every line of {@code b} must be in {@code a} as often. */
    private static Map<String, Integer> difference(Map<String, Integer> a, Map<String, Integer> b, String what) {
        Map<String, Integer> out = new HashMap<>(a);
        for (Map.Entry<String, Integer> e : b.entrySet()) {
            int have = out.getOrDefault(e.getKey(), 0);
            assertThat(have).as("%s: '%s' ×%d", what, e.getKey(), e.getValue()).isGreaterThanOrEqualTo(e.getValue());
            if (have == e.getValue()) {
                out.remove(e.getKey());
            } else {
                out.put(e.getKey(), have - e.getValue());
            }
        }
        return out;
    }

    private static JsonNode withoutLines(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove(List.of("line", "column"));
            o.forEach(CompactOnEveryStateFileTest::strip);
        } else if (n instanceof ArrayNode a) {
            a.forEach(CompactOnEveryStateFileTest::strip);
        }
    }

    private static List<String> openTexts(JsonNode items) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = items.elements(); it.hasNext(); ) {
            JsonNode i = it.next();
            if (!i.path("done").asBoolean(false)) {
                out.add(i.get("text").asText());
            }
        }
        return out;
    }
}
