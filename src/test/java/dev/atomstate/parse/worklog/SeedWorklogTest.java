package dev.atomstate.parse.worklog;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static dev.atomstate.model.WorklogStatus.COMPLETED;
import static dev.atomstate.model.WorklogStatus.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed worklog (../shared/seeds/004_*), read as 9 entries. Expectations were written from reading the seed:
 * "## 2025-11-16 22:49 UTC" headings, "- **Task Objective**:", numbered "Step-by-Step Plan" items, "- **Results**:".
 * Entries 1–3 say "In progress —"; entry 4 says "Completed core Role 1 scope … Pending: full test suite run"
 * (the first status phrase wins: completed); 5–9 say "✅ **Completed**" / "✅ **COMPLETED**".
 */
class SeedWorklogTest {
    record Expected(String iso, String text, String objectiveStart, int steps, WorklogStatus status) {
    }

    static final List<Expected> EXPECTED = List.of(
            new Expected("2025-11-16T22:49Z", "2025-11-16 22:49 UTC", "Implement Stream E Phase Definitions & State Machine", 6, IN_PROGRESS),
            new Expected("2025-11-16T22:53Z", "2025-11-16 22:53 UTC", "Implement Stream G Phase Gates & Validation", 5, IN_PROGRESS),
            new Expected("2025-11-16T23:05Z", "2025-11-16 23:05 UTC", "Implement Stream H Cross-Phase Context Passing", 6, IN_PROGRESS),
            new Expected("2025-11-16T23:16Z", "2025-11-16 23:16 UTC", "Kick off Phase 3 Role 1 (Registry Squad)", 5, COMPLETED),
            new Expected("2025-11-17T00:30Z", "2025-11-17 00:30 UTC", "Perform Phase 3 code audit", 7, COMPLETED),
            new Expected("2025-11-17T00:45Z", "2025-11-17 00:45 UTC", "Implement Phase 3 Role 2 (Collaboration) and Role 3", 9, COMPLETED),
            new Expected("2025-11-17T01:15Z", "2025-11-17 01:15 UTC", "Implement Phase 5 Context 1 (Guardian Squad)", 9, COMPLETED),
            new Expected("2025-11-17T04:30Z", "2025-11-17 04:30 UTC", "Implement Phase 5 Context 2 (Memory Squad)", 14, COMPLETED),
            new Expected("2025-11-17T05:00Z", "2025-11-17 05:00 UTC", "Enhance Phase System with Hephaestus Best Practices", 12, COMPLETED));

    @Test
    void seedReadsAsNineEntries() throws IOException {
        Shared.assumePresent();
        for (String text : List.of(Files.readString(Shared.worklogSeed()), Shared.toCrlf(Files.readString(Shared.worklogSeed())))) {
            ParsedWorklog w = WorklogParser.parse("seed", text);
            assertThat(w.problems()).isEmpty();
            assertThat(w.layout().kind()).isEqualTo(ParsedWorklog.Kind.HEADINGS);
            assertThat(w.layout().newestFirst()).isFalse();
            assertThat(w.layout().gap()).as("the seed separates its later entries with ---").isEqualTo("\n---\n\n");
            List<WorklogEntry> entries = w.model();
            assertThat(entries).hasSize(9);
            for (int i = 0; i < 9; i++) {
                Expected x = EXPECTED.get(i);
                WorklogEntry e = entries.get(i);
                assertThat(e.timestamp()).as("timestamp of entry %d", i + 1).isEqualTo(x.iso());
                assertThat(e.timestampText()).as("timestamp text of entry %d", i + 1).isEqualTo(x.text());
                assertThat(e.objective()).as("objective of entry %d", i + 1).startsWith(x.objectiveStart());
                assertThat(e.steps()).as("steps of entry %d", i + 1).hasSize(x.steps());
                assertThat(e.status()).as("status of entry %d", i + 1).isEqualTo(x.status());
                assertThat(e.results()).as("results of entry %d", i + 1).isNotBlank();
            }
            assertThat(entries.get(0).steps().get(0)).isEqualTo("Analyze existing ticket/task models and database setup to understand integration points.");
            assertThat(entries.get(8).steps().get(11)).isEqualTo("Verify all memory tests still pass (38 total tests)");
            assertThat(entries.get(3).results()).endsWith("Pending: full test suite run once Postgres test DB is available.");
            assertThat(entries.get(4).results()).startsWith("✅ **Completed**").contains("- All 141 tests passing (100% pass rate)");
            assertThat(entries.get(8).other()).extracting(WorklogEntry.Part::label).contains("Context");
        }
    }
}
