package dev.atomstate;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void statusOnTheTemplateSampleNamesPhaseAndPlan() {
        var r = CliRun.run(Path.of("planning-samples/gsd-template"), "status");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("Phase").contains("Plan");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void missingCommandIsAUsageError() {
        var r = CliRun.run(Path.of("."));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("atomstate: ");
    }

    @Test
    void inheritedOptionsWorkAfterTheCommand() {
        var r = CliRun.run(Path.of("."), "status", "--json", "-f", "planning-samples/gsd-template/.planning/STATE.md");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("\"schemaVersion\" : 1").contains("\"kind\" : \"status\"");
    }
}
