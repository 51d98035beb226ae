package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A worklog with text but no date in it says so instead of listing zero entries (issue 14); an empty one still counts 0. */
class LogListNothingDatableTest {

    @Test
    void aLogWithoutADateSaysItHoldsNothingDatable(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("WORKLOG.md"), "# Log\n\n> commit 1a2b3c4: fix the parser\n\nFixed it.\n\n### Session 1: [DATE]\n\nTodo.\n");
        CliRun.Result r = CliRun.run(tmp, "--worklog", "WORKLOG.md", "log", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "WORKLOG.md: nothing datable — no heading or line starts with a date, so there are no entries to list "
                        + "(write one as '## 2026-03-01 09:30 UTC')",
                "WORKLOG.md:7: cannot read the date in heading 'Session 1: [DATE]'; write it as YYYY-MM-DD (optionally HH:MM and a zone) "
                        + "to make it an entry");
    }

    @Test
    void anEmptyLogHasZeroEntries(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("WORKLOG.md"), "");
        assertThat(CliRun.run(tmp, "--worklog", "WORKLOG.md", "log", "list").out()).isEqualTo("WORKLOG.md: 0 entries\n");
    }
}
