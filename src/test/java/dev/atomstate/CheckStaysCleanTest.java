package dev.atomstate;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands keep a clean file clean: after complete-plan and decide, check still finds no problems. */
class CheckStaysCleanTest {

    private static void assertClean(Path dir, String after) {
        CliRun.Result check = CliRun.run(dir, "check", "--now", "2026-12-01T00:00:00Z", "-f", "STATE.md");
        assertThat(check.out()).as("check after %s", after).isEqualTo("no problems in 1 file\n");
        assertThat(check.exit()).isZero();
    }

    private static void ok(CliRun.Result r, String what) {
        assertThat(r.exit()).as("%s: %s", what, r.err()).isZero();
        assertThat(r.err()).as(what).isEmpty();
    }

    @ParameterizedTest(name = "{0}: complete-plan {1}, decide")
    @CsvSource({
            "gsd-template, 02-02",
            "bold-fields, 03-03",
            "frontmatter, 08-03",
            "long-running, 41-04",
            "crlf-decisions-table, 02-03"})
    void afterCompletePlanAndDecide(String sample, String nextPlan, @TempDir Path dir) throws IOException {
        byte[] original = Files.readAllBytes(Path.of("planning-samples", sample, ".planning", "STATE.md"));
        Files.write(dir.resolve("STATE.md"), original);
        assertClean(dir, "nothing");

        ok(CliRun.run(dir, "complete-plan", nextPlan, "--duration", "17min", "--tasks", "3", "--files", "4",
                "--title", "Next: the | hard # part", "-f", "STATE.md"), "complete-plan");
        assertThat(Files.readAllBytes(dir.resolve("STATE.md"))).isNotEqualTo(original);
        assertClean(dir, "complete-plan " + nextPlan);

        ok(CliRun.run(dir, "decide", "Keep $2 and \\1 | None yet. # literal", "-f", "STATE.md"), "decide");
        assertClean(dir, "complete-plan and decide");

        ok(CliRun.run(dir, "decide", "A second decision", "--phase", nextPlan, "--rationale", "because", "-f", "STATE.md"), "decide --phase");
        assertClean(dir, "two decisions");

        String crlf = new String(original, java.nio.charset.StandardCharsets.UTF_8).contains("\r\n") ? "\r\n" : null;
        if (crlf != null) {
            String after = Files.readString(dir.resolve("STATE.md"));
            assertThat(after.replace("\r\n", "")).as("no bare LF was introduced into a CRLF file").doesNotContain("\n");
        }
    }
}
