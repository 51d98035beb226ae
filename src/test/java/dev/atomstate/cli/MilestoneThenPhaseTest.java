package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The life cycle across a milestone: start it, then begin its first phase with a plan count. */
class MilestoneThenPhaseTest {
    @Test
    void beginPhaseTurnsThePlanPlaceholderOfANewMilestoneIntoACounter(@TempDir Path dir) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.copy(Path.of("planning-samples/gsd-template/.planning/STATE.md"), planning.resolve("STATE.md"));
        assertThat(CliRun.run(dir, "milestone", "start", "v2.0", "--name", "Sharing", "--force").exit()).isZero();
        assertThat(Files.readString(planning.resolve("STATE.md"))).contains("\nPlan: —\n");
        CliRun.Result r = CliRun.run(dir, "begin-phase", "5", "--name", "Households", "--plans", "3");
        assertThat(r.exit()).as(r.err()).isZero();
        String after = Files.readString(planning.resolve("STATE.md"));
        assertThat(after).contains("\nPhase: 5 (Households)\n").contains("\nPlan: 1 of 3\n").contains("\nStatus: Ready to execute\n");
        assertThat(CliRun.run(dir, "begin-phase", "5", "--name", "Households", "--plans", "3").out()).contains("nothing changed");
        assertThat(Files.readString(planning.resolve("STATE.md"))).isEqualTo(after);
        assertThat(CliRun.run(dir, "complete-plan", "5-01", "--duration", "20min").exit()).isZero();
        assertThat(Files.readString(planning.resolve("STATE.md"))).contains("\nPlan: 2 of 3");
    }
}
