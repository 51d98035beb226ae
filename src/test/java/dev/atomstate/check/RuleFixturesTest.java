package dev.atomstate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One folder per rule under src/test/resources/check-rules/&lt;rule-id&gt;/: {@code trigger.md} must make the rule
 * report exactly the lines listed in {@code trigger.lines}; {@code clean.md} (a near miss where one is easy to
 * write) must make no rule report anything. Every registered rule must have its folder.
 */
class RuleFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String NOW = "2026-04-01T09:00:00Z";

    static Path root() {
        try {
            return Path.of(RuleFixturesTest.class.getResource("/check-rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyRegisteredRuleHasAFixtureFolder() throws IOException {
        Set<String> folders;
        try (Stream<Path> s = Files.list(root())) {
            folders = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> rules = Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(folders).isEqualTo(rules);
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
        assertThat(Rules.all()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root())) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().map(dir -> {
            String rule = dir.getFileName().toString();
            return DynamicContainer.dynamicContainer(rule, Stream.of(
                    DynamicTest.dynamicTest("trigger", () -> {
                        List<Integer> expected = Files.readAllLines(dir.resolve("trigger.lines")).stream()
                                .filter(l -> !l.isBlank()).map(l -> Integer.parseInt(l.strip())).toList();
                        assertThat(expected).as("trigger.lines of %s", rule).isNotEmpty();
                        assertThat(lines(run(dir.resolve("trigger.md")), rule)).as("%s: lines reported on trigger.md", rule)
                                .isEqualTo(expected);
                    }),
                    DynamicTest.dynamicTest("clean", () -> {
                        JsonNode doc = run(dir.resolve("clean.md"));
                        assertThat(doc.path("diagnostics")).as("%s: clean.md has no finding at all", rule).isEmpty();
                    })));
        });
    }

    static JsonNode run(Path file) {
        CliRun.Result r = CliRun.run(file.getParent(), java.util.Map.of("ATOMSTATE_NOW", NOW), "check", "--format", "json",
                file.getFileName().toString());
        assertThat(r.err()).as("stderr").isEmpty();
        try {
            return JSON.readTree(r.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Integer> lines(JsonNode doc, String rule) {
        List<Integer> lines = new ArrayList<>();
        for (JsonNode d : doc.path("diagnostics")) {
            if (d.path("rule").asText().equals(rule)) {
                lines.add(d.path("line").asInt());
            }
        }
        return lines;
    }
}
