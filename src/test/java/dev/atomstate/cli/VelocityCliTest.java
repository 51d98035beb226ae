package dev.atomstate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * velocity on seed 001 (durations of 540, 1319 and 1771618929m beside 14min): the plans it leaves out are exactly the
 * rows check's metric-duration flags, each with its reason, and it estimates the rest of phase 67 as a range. And
 * velocity reads the archive, so compacting a file leaves its per-phase numbers as they were.
 */
class VelocityCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void seed001LeavesOutWhatMetricDurationFlagsAndEstimatesPhase67() throws IOException {
        Shared.assumePresent();
        Path seed = Shared.stateSeeds().stream().filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
        Files.writeString(dir.resolve("STATE.md"), Files.readString(seed));

        JsonNode check = JSON.readTree(CliRun.run(dir, "check", "-f", "STATE.md", "--json").out());
        Set<Integer> flagged = new TreeSet<>();
        for (JsonNode d : check.get("diagnostics")) {
            if (d.get("rule").asText().equals("metric-duration")) {
                flagged.add(d.get("line").asInt());
            }
        }
        assertThat(flagged).as("seed 001 has implausible durations").isNotEmpty();

        CliRun.Result r = CliRun.run(dir, "velocity", "-f", "STATE.md", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode v = JSON.readTree(r.out());
        Set<Integer> implausible = new TreeSet<>();
        for (JsonNode p : v.get("plans")) {
            String why = p.get("excluded").isNull() ? null : p.get("excluded").asText();
            if (why != null && (why.contains("for one plan") || why.equals("not a duration"))) {
                implausible.add(p.get("line").asInt());
                assertThat(why).as("the reason names the size or the unit mistake").matches(".*(hours|days|years) for one plan — looks like seconds.*|not a duration");
            }
            if (p.get("counted").asBoolean()) {
                assertThat(p.get("minutes").asDouble()).as("a counted duration is plausible: %s", p).isLessThanOrEqualTo(8 * 60);
            }
        }
        assertThat(implausible).as("left out as implausible = what metric-duration flags").isEqualTo(flagged);
        assertThat(v.get("excluded").asInt()).isGreaterThanOrEqualTo(flagged.size());

        JsonNode phase = null;
        for (JsonNode e : v.get("estimates")) {
            if (e.get("scope").asText().equals("phase")) {
                phase = e;
            }
        }
        assertThat(phase).as("a phase estimate").isNotNull();
        assertThat(phase.get("name").asText()).isEqualTo("67");
        assertThat(phase.get("plansLeft").asInt()).isPositive();
        double low = phase.at("/minutes/low").asDouble();
        double mid = phase.at("/minutes/mid").asDouble();
        double high = phase.at("/minutes/high").asDouble();
        assertThat(low).isPositive().isLessThanOrEqualTo(mid);
        assertThat(mid).isLessThanOrEqualTo(high);
        assertThat(phase.get("basis").asText()).isNotBlank();
        assertThat(v.get("basis").asText()).startsWith("the last 10 plausible durations");

        String text = CliRun.run(dir, "velocity", "-f", "STATE.md").out();
        assertThat(text).contains("left out:").contains("1771618929m").containsPattern("(?m)^  phase 67 .* plans? left → .*\\(.*–.*\\)");
    }

    /** Per-phase numbers and counts are the same before and after compact: the archive's rows are read too. */
    @Test
    void compactingKeepsThePerPhaseNumbers() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (var s = Files.list(Path.of("planning-samples"))) {
            s.map(d -> d.resolve(".planning/STATE.md")).filter(Files::isRegularFile).sorted().forEach(inputs::add);
        }
        if (Shared.present()) {
            inputs.addAll(Shared.stateSeeds());
        }
        int compacted = 0;
        for (Path input : inputs) {
            Path work = Files.createTempDirectory(dir, "v");
            Files.writeString(work.resolve("STATE.md"), Files.readString(input));
            JsonNode before = JSON.readTree(CliRun.run(work, "velocity", "-f", "STATE.md", "--json").out());
            CliRun.Result c = CliRun.run(work, "compact", "-f", "STATE.md");
            assertThat(c.exit()).as(c.err()).isZero();
            JsonNode after = JSON.readTree(CliRun.run(work, "velocity", "-f", "STATE.md", "--json").out());
            if (Files.exists(work.resolve("STATE-ARCHIVE.md"))) {
                compacted++;
                assertThat(after.get("archive").asText()).isEqualTo("STATE-ARCHIVE.md");
            }
            for (String key : new String[] {"recorded", "counted", "excluded", "phases"}) {
                assertThat(after.get(key)).as("%s: %s", input, key).isEqualTo(before.get(key));
            }
        }
        assertThat(compacted).as("files that had history to move").isGreaterThanOrEqualTo(5);
    }
}
