package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four seed STATE.md files against expectations written by reading them (src/test/resources/
 * seed-expectations/NNN.json: small facts and line numbers, never text copied from the seeds). The CLI runs
 * in-process: {@code status --json} must report those facts, and {@code check --format json} must find exactly
 * the listed (rule, line) pairs for every rule the expectation file covers.
 */
class SeedGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> statusJsonMatchesWhatTheSeedSays() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : Shared.stateSeeds()) {
            tests.add(Named.test("status " + seed.getFileName(), () -> status(seed, expectation(seed))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> checkFindsExactlyTheSeedsProblems() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path seed : Shared.stateSeeds()) {
            tests.add(Named.test("check " + seed.getFileName(), () -> check(seed, expectation(seed))));
        }
        return tests.stream();
    }

    static JsonNode expectation(Path seed) throws IOException {
        String id = seed.getFileName().toString().substring(0, 3);
        try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/seed-expectations/" + id + ".json")) {
            assertThat(in).as("expectation file for seed " + id).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode run(String... args) throws IOException {
        CliRun.Result r = CliRun.run(Path.of("."), args);
        assertThat(r.err()).as("stderr of %s", String.join(" ", args)).isEmpty();
        assertThat(r.exit()).as("exit code of %s", String.join(" ", args)).isIn(0, 1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
        return doc;
    }

    private static void status(Path seed, JsonNode exp) throws IOException {
        JsonNode doc = run("status", "--json", "-f", seed.toString());
        assertThat(doc.path("kind").asText()).isEqualTo("status");
        JsonNode e = exp.path("status");

        JsonNode phase = doc.path("position").path("phase");
        assertThat(phase.path("number")).as("position.phase.number").isEqualTo(e.path("phase").path("number"));
        assertThat(phase.path("name")).as("position.phase.name").isEqualTo(e.path("phase").path("name"));
        assertThat(phase.path("total")).as("position.phase.total").isEqualTo(e.path("phase").path("total"));

        JsonNode plan = doc.path("position").path("plan");
        assertThat(plan.path("id")).as("position.plan.id").isEqualTo(e.path("plan").path("id"));
        assertThat(plan.path("number")).as("position.plan.number").isEqualTo(e.path("plan").path("number"));
        assertThat(plan.path("total")).as("position.plan.total").isEqualTo(e.path("plan").path("total"));

        assertThat(doc.path("position").path("lastActivity").path("date").asText())
                .as("position.lastActivity.date").isEqualTo(e.path("lastActivityDate").asText());

        JsonNode progress = doc.path("progress");
        JsonNode expProgress = e.path("progress");
        assertThat(progress.size()).as("number of progress segments").isEqualTo(expProgress.size());
        for (int i = 0; i < expProgress.size(); i++) {
            JsonNode got = progress.get(i);
            JsonNode want = expProgress.get(i);
            String what = "progress[" + i + "]";
            assertThat(got.path("label").asText()).as(what + ".label").isEqualTo(want.path("label").asText());
            assertThat(got.path("done").asInt()).as(what + ".done").isEqualTo(want.path("done").asInt());
            assertThat(got.path("total").asInt()).as(what + ".total").isEqualTo(want.path("total").asInt());
            if (want.path("percent").isNull()) {
                assertThat(got.path("percent").isNull()).as(what + ".percent is null").isTrue();
            } else {
                assertThat(got.path("percent").asDouble()).as(what + ".percent").isEqualTo(want.path("percent").asDouble());
            }
        }

        assertThat(doc.path("decisions").size()).as("number of decisions").isEqualTo(e.path("decisions").asInt());
        assertThat(doc.path("metrics").path("plans").size()).as("number of metrics.plans rows").isEqualTo(e.path("metricsPlans").asInt());

        JsonNode session = doc.path("session");
        for (String key : List.of("lastSession", "stoppedAt", "resumeFile")) {
            assertThat(session.path(key)).as("session." + key).isEqualTo(e.path("session").path(key));
        }
    }

    private static void check(Path seed, JsonNode exp) throws IOException {
        JsonNode doc = run("check", "--format", "json", seed.toString());
        assertThat(doc.path("kind").asText()).isEqualTo("check");
        Set<String> covered = new TreeSet<>();
        exp.path("check").path("rulesCovered").forEach(n -> covered.add(n.asText()));

        Set<String> want = new TreeSet<>();
        for (JsonNode d : exp.path("check").path("expected")) {
            want.add(d.path("rule").asText() + "@" + d.path("line").asInt());
        }
        Set<String> got = new TreeSet<>();
        for (JsonNode d : doc.path("diagnostics")) {
            assertThat(d.path("file").asText()).endsWith(seed.getFileName().toString());
            if (covered.contains(d.path("rule").asText())) {
                got.add(d.path("rule").asText() + "@" + d.path("line").asInt());
            }
        }
        assertThat(got).as("(rule@line) findings of the covered rules").isEqualTo(want);

        // where the expectation names a column, the finding points there (e.g. the v2.0 bar, not the v1.0 one)
        for (JsonNode d : exp.path("check").path("expected")) {
            if (!d.has("column")) {
                continue;
            }
            boolean found = false;
            for (JsonNode g : doc.path("diagnostics")) {
                if (g.path("rule").asText().equals(d.path("rule").asText()) && g.path("line").asInt() == d.path("line").asInt()) {
                    assertThat(g.path("column").asInt()).as("column of %s at line %d", d.path("rule").asText(), d.path("line").asInt())
                            .isEqualTo(d.path("column").asInt());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
