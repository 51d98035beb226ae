package dev.atomstate.render;

import dev.atomstate.app.StatusReport;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Today;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ages status prints ("2026-03-10 (2 days ago)") with today known from the UTC clock to a day either side: the
 * time zone is read only when those days give different words, and the text is always the exact day's.
 */
class StatusTextAgeTest {
    static String state(LocalDate activity, LocalDate session) {
        return "# Project State\n\n## Current Position\n\nPhase: 2 of 4 (Meal Planner)\nPlan: 1 of 3 in current phase\n"
                + "Last activity: " + activity + " — Plan 02-01 done\n\n## Session Continuity\n\nLast session: " + session + "\n";
    }

    static String status(String text, Today today) {
        StatusReport report = StatusReport.of(StateParser.parse("STATE.md", text), Neighbours.none(), new StatusReport.Problems(0, 0), null);
        StringWriter out = new StringWriter();
        try (PrintWriter w = new PrintWriter(out)) {
            new StatusText(w, false, Style.NONE, 200, today).print(report);
        }
        return out.toString();
    }

    /** At noon UTC of {@code utcDay}, the exact day from {@code exact}. */
    static Today around(LocalDate utcDay, Supplier<LocalDate> exact) {
        return Today.atUtcMillis(utcDay.toEpochDay() * 86_400_000L + 43_200_000L, exact);
    }

    @Test
    void anAgeTheSameOnEveryDayItCanBeNeedsNoZone() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        AtomicInteger reads = new AtomicInteger();
        String text = status(state(LocalDate.of(2026, 7, 15), LocalDate.of(2026, 7, 15)), around(today, () -> {
            reads.incrementAndGet();
            return today;
        }));
        assertThat(text).contains("2026-07-15 (4 months ago)");
        assertThat(reads).as("months ago on each of the three days: the zone is not read").hasValue(0);
    }

    @Test
    void anAgeOnTheEdgeIsTheExactDays() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        AtomicInteger reads = new AtomicInteger();
        String text = status(state(today.minusDays(1), today.minusDays(1)), around(today, () -> {
            reads.incrementAndGet();
            return today.plusDays(1);
        }));
        assertThat(text).contains(today.minusDays(1) + " (2 days ago)").doesNotContain("yesterday");
        assertThat(reads).hasPositiveValue();
    }

    @Test
    void theTextIsTheExactDaysOnEveryDayItCanBe() {
        Random random = new Random(20261202);
        for (int i = 0; i < 1_500; i++) {
            LocalDate today = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3_000) - 1_500);
            int back = random.nextInt(10) < 7 ? random.nextInt(30) - 3 : random.nextInt(1_200);
            String text = state(today.minusDays(back), today.minusDays(random.nextInt(800)));
            String exact = status(text, Today.exactly(today));
            for (int utcShift = -1; utcShift <= 1; utcShift++) {
                assertThat(status(text, around(today.plusDays(utcShift), () -> today)))
                        .as("today %s, UTC day %+d", today, utcShift).isEqualTo(exact);
            }
        }
    }
}
