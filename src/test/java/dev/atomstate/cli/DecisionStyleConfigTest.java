package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** decisions.style in .atomstate.yml decides how a file with no decisions yet gets its first one; a file's own style wins after. */
class DecisionStyleConfigTest {
    @TempDir
    Path dir;

    static final String EMPTY = "# State\n\nPhase: 2 of 4 (Planner)\nPlan: 1 of 3\n\n## Accumulated Context\n\n### Decisions\n\nNone yet.\n\n"
            + "## Session Continuity\n\nLast session: 2026-02-01 10:00\n";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "list;- [Phase 2]: Use SQLite — small and local",
            "bold;- **Phase 2**: Use SQLite — small and local",
            "table;| Phase | Decision | Rationale |\\n|-------|----------|-----------|\\n| 2 | Use SQLite | small and local |"})
    void theFirstDecisionFollowsTheConfiguredStyle(String style, String expected) throws IOException {
        Path planning = Files.createDirectories(dir.resolve(".planning"));
        Files.writeString(planning.resolve("STATE.md"), EMPTY);
        Files.writeString(dir.resolve(".atomstate.yml"), "decisions:\n  style: " + style + "\n");
        CliRun.Result r = CliRun.run(dir, "decide", "Use SQLite", "--rationale", "small and local", "--phase", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        String after = Files.readString(planning.resolve("STATE.md"));
        assertThat(after).isEqualTo(EMPTY.replace("None yet.", expected.replace("\\n", "\n")));
        // the second decision follows what the file now shows, and recording the first again is a no-op
        assertThat(CliRun.run(dir, "decide", "Use SQLite", "--rationale", "small and local", "--phase", "2").out()).contains("already recorded");
        assertThat(Files.readString(planning.resolve("STATE.md"))).isEqualTo(after);
        assertThat(CliRun.run(dir, "decide", "Cache week plans", "--phase", "2").exit()).isZero();
        assertThat(CliRun.run(dir, "decisions", "--json").out()).contains("Use SQLite").contains("Cache week plans");
    }
}
