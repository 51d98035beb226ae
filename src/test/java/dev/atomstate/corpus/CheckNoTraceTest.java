package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} over every seed and corpus STATE.md: no exception, exit 0 or 1, nothing on stderr, valid JSON, and
 * no diagnostic reported twice. The text and github formats must not fail either. A per-rule count over the
 * corpus is printed at the end so that the build log shows how noisy each rule is (DESIGN §4).
 */
class CheckNoTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> checkRunsCleanlyOnEveryStateFile() {
        Shared.assumePresent();
        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Set<String>> filesPerRule = new TreeMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Files.stateFiles()) {
            String name = Files.name(p);
            tests.add(Named.test(name, () -> {
                CliRun.Result r = CliRun.run(Path.of("."), "check", "--format", "json", p.toString());
                assertThat(r.err()).as("stderr").isEmpty();
                assertThat(r.exit()).as("exit code").isIn(0, 1);
                JsonNode doc = JSON.readTree(r.out());
                assertThat(doc.path("kind").asText()).isEqualTo("check");
                assertThat(doc.path("unreadable").size()).isZero();
                Set<String> seen = new HashSet<>();
                boolean error = false;
                for (JsonNode d : doc.path("diagnostics")) {
                    String key = d.path("rule").asText() + ":" + d.path("line").asInt() + ":" + d.path("column").asInt() + ":"
                            + d.path("message").asText();
                    assertThat(seen.add(key)).as("diagnostic reported twice: %s", key).isTrue();
                    assertThat(d.path("line").asInt()).as("line of %s", key).isPositive();
                    assertThat(d.path("column").asInt()).as("column of %s", key).isPositive();
                    assertThat(d.path("message").asText()).as("message of %s", key).isNotBlank().doesNotContain("\n");
                    error |= d.path("severity").asText().equals("error");
                    if (!name.startsWith("seeds/")) {
                        perRule.merge(d.path("rule").asText(), 1, Integer::sum);
                        filesPerRule.computeIfAbsent(d.path("rule").asText(), k -> new java.util.TreeSet<>()).add(name);
                    }
                }
                assertThat(r.exit()).as("exit 1 exactly when there is an error-severity finding").isEqualTo(error ? 1 : 0);

                for (String format : List.of("text", "github")) {
                    CliRun.Result t = CliRun.run(Path.of("."), "check", "--format", format, p.toString());
                    assertThat(t.err()).as("stderr of --format %s", format).isEmpty();
                    assertThat(t.exit()).as("exit of --format %s", format).isEqualTo(r.exit());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("per-rule summary over corpus/state", () -> {
            StringBuilder sb = new StringBuilder("check over corpus/state (" + Shared.corpus("state").size() + " files): findings per rule\n");
            perRule.forEach((rule, n) -> sb.append(String.format("  %-20s %4d findings in %3d files%n", rule, n, filesPerRule.get(rule).size())));
            System.out.print(sb);
        }));
        return tests.stream();
    }
}
