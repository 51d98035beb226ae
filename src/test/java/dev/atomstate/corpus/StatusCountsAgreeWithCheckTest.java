package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code status} counts the problems without asking the rules for their full messages (check.Checker, not detailed),
 * and {@code check} reports them in full: on every seed, corpus STATE.md and sample, the number status gives is the
 * number of findings check lists, and the line of {@code status --line} says the same.
 */
class StatusCountsAgreeWithCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> statusCountsWhatCheckReports() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = java.nio.file.Files.list(Path.of("planning-samples"))) {
            samples.map(s -> s.resolve(".planning/STATE.md")).filter(java.nio.file.Files::isRegularFile).sorted().forEach(files::add);
        }
        if (Shared.present()) {
            files.addAll(Files.stateFiles());
        } else {
            System.out.println("StatusCountsAgreeWithCheckTest: ../shared is absent; the samples only");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : files) {
            tests.add(DynamicTest.dynamicTest(p.toString(), () -> {
                CliRun.Result check = CliRun.run(Path.of("."), "check", "--format", "json", p.toString());
                assertThat(check.exit()).as("check's exit: %s", check.err()).isIn(0, 1);
                int findings = JSON.readTree(check.out()).path("diagnostics").size();
                CliRun.Result status = CliRun.run(Path.of("."), "status", "--json", "-f", p.toString());
                assertThat(status.exit()).as("status's exit: %s", status.err()).isZero();
                JsonNode doc = JSON.readTree(status.out());
                assertThat(doc.path("problems").asInt(-1)).as("status --json problems").isEqualTo(findings);
                CliRun.Result line = CliRun.run(Path.of("."), "status", "--line", "-f", p.toString());
                assertThat(line.exit()).isZero();
                if (findings > 0) {
                    assertThat(line.out()).as("status --line").contains(findings + (findings == 1 ? " problem" : " problems"));
                } else {
                    assertThat(line.out()).as("status --line").doesNotContain("problem");
                }
            }));
        }
        return tests.stream();
    }
}
