package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit codes of DESIGN.md §3 through the real CLI: 0 ok/no-op, 1 refused, 2 usage, 3 unreadable input. */
class ExitCodesTest {
    @TempDir
    Path dir;

    private CliRun.Result run(String... args) {
        return CliRun.run(dir, args);
    }

    private void state(String text) throws IOException {
        Files.writeString(dir.resolve("STATE.md"), text);
    }

    @Test
    void missingFileIsUnreadableInputWithAHint() {
        CliRun.Result r = run("status", "-f", "STATE.md");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("atomstate: ").contains("STATE.md: no such file").contains("pass -f PATH");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void noStateFileToDiscover() {
        CliRun.Result r = run("decide", "x");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).startsWith("atomstate: no state file found").contains("-f PATH");
    }

    @Test
    void invalidUtf8IsUnreadableAndUntouched() throws IOException {
        byte[] bytes = {'P', 'l', 'a', 'n', ':', ' ', '1', (byte) 0xFF, '\n'};
        Files.write(dir.resolve("STATE.md"), bytes);
        CliRun.Result r = run("decide", "x", "-f", "STATE.md");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("invalid UTF-8 at byte 7");
        assertThat(Files.readAllBytes(dir.resolve("STATE.md"))).isEqualTo(bytes);
    }

    @Test
    void usageErrors() throws IOException {
        state("Phase: 2 of 3\nPlan: 1 of 3\n");
        assertThat(run("complete-plan", "-f", "STATE.md").exit()).as("missing id").isEqualTo(2);
        assertThat(run("complete-plan", "2-2", "--tasks", "many", "-f", "STATE.md").exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
        assertThat(run("status", "--no-such-option", "-f", "STATE.md").exit()).isEqualTo(2);
        CliRun.Result badNow = run("--now", "yesterday", "decide", "x", "-f", "STATE.md");
        assertThat(badNow.exit()).isEqualTo(2);
        assertThat(badNow.err()).startsWith("atomstate: --now 'yesterday' is not an ISO-8601 time");
    }

    @Test
    void refusalLeavesTheFileAndSaysWhyInOneLine() throws IOException {
        state("Phase: 2 of 3\nPlan: 1 of 3\n");
        CliRun.Result r = run("complete-plan", "3-1", "-f", "STATE.md");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("atomstate: STATE.md:1: plan 03-01 is not in the current phase 2; begin that phase first, or use --force\n");
        assertThat(Files.readString(dir.resolve("STATE.md"))).isEqualTo("Phase: 2 of 3\nPlan: 1 of 3\n");
    }

    @Test
    void jsonOfAWritingCommand() throws IOException {
        state("Phase: 2 of 3\nPlan: 1 of 3\n\n## Decisions\n\nNone yet.\n");
        CliRun.Result r = run("decide", "Use X", "--json", "-f", "STATE.md");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"kind\" : \"decide\"").contains("\"changed\" : true").contains("\"written\" : true");
        CliRun.Result again = run("decide", "Use X", "--json", "-f", "STATE.md");
        assertThat(again.out()).contains("\"changed\" : false").contains("\"written\" : false").contains("\"alreadyRecorded\" : true");
    }

    @Test
    void theClockComesFromNowOrTheEnvironment() throws IOException {
        state("## Decisions\n\n| Decision | Date |\n|---|---|\n| a | 2026-01-01 |\n");
        run("--now", "2027-05-06T07:08:00Z", "decide", "b", "-f", "STATE.md");
        run("decide", "c", "-f", "STATE.md");
        assertThat(Files.readString(dir.resolve("STATE.md"))).endsWith("| b | 2027-05-06 |\n| c | 2026-03-01 |\n");
    }
}
