package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.testing.Scratch;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --fix} on a copy of every seed and corpus STATE.md: no trace, the fixable findings it touched are
 * gone afterwards, no new finding appears, a second --fix changes nothing, and --dry-run leaves the file alone.
 */
class CheckFixOnEveryStateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIXABLE = Set.of("progress-percent", "progress-bar");

    @TestFactory
    Stream<DynamicTest> fixIsSafeAndIdempotent() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Files.stateFiles()) {
            tests.add(Named.test(Files.name(p), () -> {
                Path dir = Scratch.dir("fix-");
                try {
                    Path file = dir.resolve("STATE.md");
                    byte[] original = java.nio.file.Files.readAllBytes(p);
                    java.nio.file.Files.write(file, original);
                    Map<String, String> env = Map.of("ATOMSTATE_NOW", CheckBaselineTest.NOW);
                    JsonNode before = JSON.readTree(CliRun.run(dir, env, "check", "--json", "STATE.md").out());

                    CliRun.Result dry = CliRun.run(dir, env, "check", "--fix", "--dry-run", "STATE.md");
                    assertThat(dry.err()).isEmpty();
                    assertThat(java.nio.file.Files.readAllBytes(file)).as("--dry-run writes nothing").isEqualTo(original);

                    CliRun.Result fix = CliRun.run(dir, env, "check", "--fix", "--json", "STATE.md");
                    assertThat(fix.err()).isEmpty();
                    JsonNode after = JSON.readTree(fix.out());
                    assertThat(count(after, FIXABLE)).as("percent and bar findings left after --fix").isZero();
                    assertThat(after.path("diagnostics").size()).as("no new findings").isLessThanOrEqualTo(before.path("diagnostics").size());

                    byte[] fixed = java.nio.file.Files.readAllBytes(file);
                    CliRun.Result again = CliRun.run(dir, env, "check", "--fix", "STATE.md");
                    assertThat(again.err()).isEmpty();
                    assertThat(java.nio.file.Files.readAllBytes(file)).as("a second --fix changes nothing").isEqualTo(fixed);
                } finally {
                    try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
                        all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                }
            }));
        }
        return tests.stream();
    }

    private static int count(JsonNode doc, Set<String> rules) {
        int n = 0;
        for (JsonNode d : doc.path("diagnostics")) {
            n += rules.contains(d.path("rule").asText()) ? 1 : 0;
        }
        return n;
    }
}
