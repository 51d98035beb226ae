package dev.atomstate.cli;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status and check take today's date from {@link java.util.TimeZone} rather than {@code ZonedDateTime.now()}, which
 * costs a hook run ~20 ms: the two must give the same date in every zone the JDK knows, at any time, and right at
 * each change of offset. The days by the UTC clock alone, which spare the rules and the text the zone, must always include that date.
 */
class TodayTest {
    private static final long FIRST = Instant.parse("1970-01-01T00:00:00Z").toEpochMilli();
    private static final long LAST = Instant.parse("2999-12-31T23:59:59Z").toEpochMilli();
    /** Where the system clock will be while this tool is in use, and where TimeZone's own table of changes ends. */
    private static final long NOW_AND_SOON = Instant.parse("2037-01-01T00:00:00Z").toEpochMilli();

    @Test
    void theDateIsWhatZonedDateTimeGivesInEveryZone() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int compared = 0;
        for (String id : ZoneId.getAvailableZoneIds()) {
            TimeZone zone = TimeZone.getTimeZone(id);
            ZoneId asZonedDateTimeSeesIt = zone.toZoneId(); // what ZoneId.systemDefault() gives for this default
            List<Long> instants = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                instants.add(random.nextLong(FIRST, LAST));
                instants.add(random.nextLong(FIRST, NOW_AND_SOON));
            }
            for (long from : new long[] {FIRST, Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(), Instant.parse("2034-01-01T00:00:00Z").toEpochMilli()}) {
                ZoneOffsetTransition t = asZonedDateTimeSeesIt.getRules().nextTransition(Instant.ofEpochMilli(from));
                for (int i = 0; i < 12 && t != null; i++, t = asZonedDateTimeSeesIt.getRules().nextTransition(t.getInstant())) {
                    long at = t.getInstant().toEpochMilli();
                    instants.addAll(List.of(at - 1, at, at + 1, at - 86_400_000L, at + 3_600_000L));
                }
            }
            for (long ms : instants) {
                LocalDate expected = Instant.ofEpochMilli(ms).atZone(asZonedDateTimeSeesIt).toLocalDate();
                assertThat(RunClock.localDate(ms, zone)).as("%s at %s", id, Instant.ofEpochMilli(ms)).isEqualTo(expected);
                // the days the rules and the text may use instead of the zone: the local date is always among them
                dev.atomstate.model.Today range = dev.atomstate.model.Today.atUtcMillis(ms, () -> expected);
                assertThat(expected).as("days in %s at %s", id, Instant.ofEpochMilli(ms))
                        .isBetween(range.earliest(), range.latest());
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(50_000);
    }

    @Test
    void aNegativeLocalTimeFallsOnTheDayBefore() {
        // 00:30 UTC on 1970-01-01 is still 1969-12-31 in New York: the floor, not the truncation, of the day number
        long ms = Instant.parse("1970-01-01T00:30:00Z").toEpochMilli();
        assertThat(RunClock.localDate(ms, TimeZone.getTimeZone("America/New_York"))).isEqualTo(LocalDate.of(1969, 12, 31));
    }
}
