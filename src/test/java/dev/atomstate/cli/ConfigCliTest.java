package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCliTest {
    @TempDir
    Path dir;

    @Test
    void theConfiguredStateFileIsUsedWithoutDashF() throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/STATE.md"), "# State\n\nPhase: 3 of 5 (Storage)\nPlan: 2 of 4\nStatus: In progress\n");
        Files.writeString(dir.resolve(".atomstate.yml"), "state: docs/STATE.md\n");
        CliRun.Result r = CliRun.run(Files.createDirectories(dir.resolve("src")), "status");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Storage");
    }

    @Test
    void aBrokenConfigIsOneLineAndExitThree() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "stat: docs/STATE.md\n");
        CliRun.Result r = CliRun.run(dir, "status");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("atomstate: ").contains(".atomstate.yml:1: unknown key 'stat'").hasLineCount(1);
    }
}
