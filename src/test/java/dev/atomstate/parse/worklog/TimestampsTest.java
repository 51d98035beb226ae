package dev.atomstate.parse.worklog;

import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static dev.atomstate.parse.worklog.Timestamps.SlashOrder.DMY;
import static dev.atomstate.parse.worklog.Timestamps.SlashOrder.MDY;
import static dev.atomstate.parse.worklog.Timestamps.SlashOrder.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-01T09:30:00Z");

    private static Timestamp find(String s) {
        return Timestamps.find(s, UNKNOWN);
    }

    @Test
    void isoDateTimeWithUtc() {
        Timestamp t = find("2025-11-16 22:49 UTC");
        assertThat(t.iso()).isEqualTo("2025-11-16T22:49Z");
        assertThat(t.text()).isEqualTo("2025-11-16 22:49 UTC");
        assertThat(t.render(NOW)).isEqualTo("2026-03-01 09:30 UTC");
    }

    @Test
    void offsetsAreKept() {
        assertThat(find("2026-01-05T10:00+0400").iso()).isEqualTo("2026-01-05T10:00+04:00");
        assertThat(find("2026-01-05T10:00+0400").render(NOW)).isEqualTo("2026-03-01T13:30+0400");
        assertThat(find("2026-01-05 10:00 +04:00").iso()).isEqualTo("2026-01-05T10:00+04:00");
    }

    @Test
    void pacificTimeTakesTheOffsetOfItsDate() {
        assertThat(find("2026-05-16 14:14 PT | scaffold").iso()).isEqualTo("2026-05-16T14:14-07:00");
        assertThat(find("2026-01-16 14:14 PT").iso()).isEqualTo("2026-01-16T14:14-08:00");
        assertThat(find("2026-05-16 14:14 PT").render(NOW)).isEqualTo("2026-03-01 01:30 PT");
    }

    @Test
    void dateAloneAndOtherSpellings() {
        assertThat(find("## 07.04.2025 - Beginn").iso()).isEqualTo("2025-04-07");
        assertThat(find("07.04.2025").render(NOW)).isEqualTo("01.03.2026");
        assertThat(find("May 11, 2025").iso()).isEqualTo("2025-05-11");
        assertThat(find("June 6, 2025").render(NOW)).isEqualTo("March 1, 2026");
        assertThat(find("2026-09-09").iso()).isEqualTo("2026-09-09");
    }

    @Test
    void slashDatesFollowTheFile() {
        assertThat(Timestamps.slashOrder("10/12/2025 and 10/13/2025")).isEqualTo(MDY);
        assertThat(Timestamps.slashOrder("30/03/2026 then 03/04/2026")).isEqualTo(DMY);
        assertThat(Timestamps.slashOrder("03/04/2026")).isEqualTo(UNKNOWN);
        assertThat(Timestamps.find("10/12/2025 1 PM - Created", MDY).iso()).isEqualTo("2025-10-12T13:00");
        assertThat(Timestamps.find("10/12/2025 1 PM", MDY).render(NOW)).isEqualTo("03/01/2026 9 AM");
        assertThat(Timestamps.find("Entry 10/22/24:", MDY).iso()).isEqualTo("2024-10-22");
        assertThat(Timestamps.find("03/04/2026", UNKNOWN)).as("no guess when the file cannot tell").isNull();
    }

    @Test
    void timeRangesUnderADateHeading() {
        Timestamp t = Timestamps.findTime("Afternoon Session (10:00-11:00 UTC) - GPU Enablement").on(java.time.LocalDate.of(2025, 7, 23));
        assertThat(t.iso()).isEqualTo("2025-07-23T10:00Z");
        assertThat(t.isoEnd()).isEqualTo("2025-07-23T11:00Z");
        assertThat(Timestamps.findTime("Key Technical Decisions")).isNull();
    }

    @Test
    void versionsAndImpossibleDatesAreNotDates() {
        assertThat(find("Runtime findings on Claude Code 2.1.274")).isNull();
        assertThat(Timestamps.looksDated("Runtime findings on Claude Code 2.1.274")).isFalse();
        assertThat(find("2026-13-45")).isNull();
        assertThat(Timestamps.looksDated("Session 1: [DATE]")).isTrue();
    }
}
