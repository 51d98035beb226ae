package dev.atomstate.parse.worklog;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static dev.atomstate.parse.worklog.Timestamps.SlashOrder.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

/** Worklog headings with the day before the month, a weekday, and misspelt month names (issue 14). */
class ProseDateTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-03T09:30:00Z");

    @Test
    void aWeekdayAndAProseDateAreOneTimestampWrittenBackTheSameWay() {
        Timestamp t = Timestamps.find("Tuesday 20 February 2024", UNKNOWN);
        assertThat(t.iso()).isEqualTo("2024-02-20");
        assertThat(t.text()).isEqualTo("Tuesday 20 February 2024");
        assertThat(t.render(NOW)).isEqualTo("Tuesday 3 March 2026");
        assertThat(Timestamps.find("Tue, 3rd Mar 2024 10:00 UTC", UNKNOWN).iso()).isEqualTo("2024-03-03T10:00Z");
        assertThat(Timestamps.find("Tue, 3rd Mar 2024", UNKNOWN).render(NOW)).isEqualTo("Tue 3 March 2026");
        assertThat(Timestamps.find("20 February 2024 — release", UNKNOWN).render(NOW)).isEqualTo("3 March 2026");
    }

    @Test
    void aMonthMisspeltByALetterOrTwoIsStillItsMonth() {
        assertThat(Timestamps.find("Wednesday 21 Febuary 2024", UNKNOWN).iso()).isEqualTo("2024-02-21");
        assertThat(Timestamps.find("1 Feburary 2024", UNKNOWN).iso()).isEqualTo("2024-02-01");
        assertThat(Timestamps.find("9 Septmber 2024", UNKNOWN).iso()).isEqualTo("2024-09-09");
        assertThat(Timestamps.find("9 Sept 2024", UNKNOWN).iso()).isEqualTo("2024-09-09");
    }

    @Test
    void wordsThatOnlyStartLikeAMonthAreNoDate() {
        assertThat(Timestamps.find("5 Marked 2024", UNKNOWN)).isNull();
        assertThat(Timestamps.find("12 tasks 2024", UNKNOWN)).isNull();
        assertThat(Timestamps.find("3 Mayhem 2024", UNKNOWN)).isNull();
        assertThat(Timestamps.find("31 February 2024", UNKNOWN)).isNull();
    }

    @Test
    void headingsWithAWeekdayAndAProseDateAreEntries() {
        ParsedWorklog w = WorklogParser.parse("WORKLOG.md",
                "# Log\n\n### Tuesday 20 February 2024\n\nDid things.\n\n### Wednesday 21 Febuary 2024\n\nMore.\n");
        assertThat(w.model()).extracting(e -> e.timestamp()).containsExactly("2024-02-20", "2024-02-21");
    }
}
