package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.app.CompletePlan;
import dev.atomstate.app.RecordDecision;
import dev.atomstate.check.Checker;
import dev.atomstate.edit.Change;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Single corpus files that once broke something, pinned with what the file itself says. */
class CorpusCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void shared() {
        Shared.assumePresent();
    }

    static Path corpus(String prefix) {
        return Shared.corpus("state").stream().filter(p -> p.getFileName().toString().startsWith(prefix + "__")).findFirst().orElseThrow();
    }

    @Test
    void metricsTableWithoutTasksOrFilesColumnIsRead() throws Exception {
        // 136: "| Phase | Plan | Completed | Duration | Status |" — used to throw IndexOutOfBounds
        CliRun.Result r = CliRun.run(Path.of("."), "status", "--json", "-f", corpus("136").toString());
        assertThat(r.exit()).isZero();
        JsonNode plans = JSON.readTree(r.out()).path("metrics").path("plans");
        assertThat(plans.size()).isEqualTo(8);
        assertThat(plans.get(7).path("duration").asText()).isEqualTo("UAT");
        assertThat(plans.get(7).path("minutes").isNull()).isTrue();
        assertThat(plans.get(7).path("tasks").isNull()).isTrue();
    }

    @Test
    void aNoteAboutAnotherPlanDoesNotCompleteThisOne() {
        // 045: "Plan: 2 of 3 (plan 01 complete)", next action "Continue with Plan 02", stopped at 02-01
        ParsedState ps = StateParser.parse("045", Files.text(corpus("045")));
        assertThat(ps.model().position().plan().complete()).isFalse();
        assertThat(Checker.check(ps)).noneMatch(d -> d.rule().equals("session-stale"));
        Change c = CompletePlan.run(ps, new CompletePlan.Options("02-02", "14min", 3, 2, null, false), CompletePlanOnSeedsTest.NOW);
        assertThat(c.facts()).containsEntry("alreadyComplete", false);
        assertThat(c.edits()).isNotEmpty();
    }

    @Test
    void decideRefusesToWriteIntoAnUnclosedFence(@TempDir Path tmp) throws Exception {
        // 180 and 181: a ``` at line 49 is never closed, so everything below it (their decision lists too) is code
        for (String id : List.of("180", "181")) {
            Path copy = tmp.resolve(id + "-STATE.md");
            java.nio.file.Files.copy(corpus(id), copy);
            byte[] before = java.nio.file.Files.readAllBytes(copy);
            CliRun.Result r = CliRun.run(tmp, "decide", "Adopt atomstate for state edits", "-f", copy.toString());
            assertThat(r.exit()).as(id).isEqualTo(1);
            assertThat(r.err()).as(id).startsWith("atomstate: ").contains(":49:").contains("never closed");
            assertThat(java.nio.file.Files.readAllBytes(copy)).as(id + " unchanged").isEqualTo(before);
        }
    }

    @Test
    void decideNumbersANumberedListAndKeepsNestedBulletsWithTheirItem() {
        // 028: "4. **Onboarding …**:" followed by its own "   * …" bullets, then a blank line
        String text = Files.text(corpus("028"));
        ParsedState ps = StateParser.parse("028", text);
        String after = RecordDecision.run(ps, new RecordDecision.Options("Adopt atomstate for state edits", null, null),
                CompletePlanOnSeedsTest.NOW).apply(text);
        List<String> lines = Hunks.lines(after);
        int at = 0;
        while (!lines.get(at).contains("Adopt atomstate")) {
            at++;
        }
        assertThat(lines.get(at)).isEqualTo("5. Adopt atomstate for state edits\n");
        assertThat(lines.get(at - 1)).startsWith("   * Includes a dedicated step");
        assertThat(lines.get(at + 1)).isEqualTo("\n");
    }

    @Test
    void aBoldDatedSentenceIsNotAPhaseLabel() throws Exception {
        // 154: "- **2026-05-10 — Plan 01 evaluates structured evidence, not prose alone.**"
        CliRun.Result r = CliRun.run(Path.of("."), "status", "--json", "-f", corpus("154").toString());
        JsonNode decisions = JSON.readTree(r.out()).path("decisions");
        assertThat(decisions.size()).isEqualTo(7);
        decisions.forEach(d -> assertThat(d.path("phase").isNull()).as(d.path("text").asText()).isTrue());
    }
}
