package dev.atomstate;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Issue 16 changed the contract: a bare atomstate is no longer a usage error (see cli/BareCommandTest). */
    @Test
    void aMissingCommandWithoutAStateFileShowsAShortHelp(@TempDir Path dir) {
        var r = CliRun.run(dir);
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).startsWith("No state file found").contains("atomstate init").contains("atomstate --help");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inheritedOptionsWorkAfterTheCommand() {
        var r = CliRun.run(Path.of("."), "status", "--json", "-f", "planning-samples/gsd-template/.planning/STATE.md");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("\"schemaVersion\" : 1").contains("\"kind\" : \"status\"");
    }
}
