package dev.atomstate.check.rules;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.model.Today;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * date-order's dates after today, with today in two parts: the bound from the UTC clock and the exact local day,
 * which costs the time zone's data. The bound must spare the look-up for ordinary files and never change a finding.
 */
class DateOrderTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static String state(LocalDate activity, LocalDate session) {
        return "# Project State\n\n## Current Position\n\nPhase: 2 of 4 (Meal Planner)\nPlan: 1 of 3 in current phase\n"
                + "Last activity: " + activity + " — Plan 02-01 done\n\n## Session Continuity\n\nLast session: " + session + "\n";
    }

    static List<String> findings(String text, CheckContext context) {
        return Checker.check(StateParser.parse("STATE.md", text), context).stream()
                .filter(d -> d.rule().equals("date-order")).map(Diagnostic::message).toList();
    }

    /** Today as a run on the system clock knows it at noon UTC of {@code utcDay}, the exact day from {@code clock}. */
    static CheckContext context(Supplier<LocalDate> clock, LocalDate utcDay) {
        Today today = Today.atUtcMillis(utcDay.toEpochDay() * 86_400_000L + 43_200_000L, clock);
        return new CheckContext(today, CheckContext.DEFAULT_MAX_LINES, CheckContext.DEFAULT_MAX_BYTES, null, null);
    }

    /** A clock that says {@code day} and counts how often it was read. */
    static Supplier<LocalDate> counted(AtomicInteger reads, LocalDate day) {
        return () -> {
            reads.incrementAndGet();
            return day;
        };
    }

    @Test
    void pastDatesAreJudgedWithoutReadingTheClock() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<LocalDate> clock = counted(reads, TODAY);
        // the latest day cleared without the clock: the UTC day (the earliest day it can be, plus the day of slack)
        String text = state(TODAY.minusDays(30), TODAY);
        assertThat(findings(text, context(clock, TODAY))).isEmpty();
        assertThat(reads).as("no date past the bound: the exact day is not looked up").hasValue(0);
    }

    @Test
    void aDateBeyondTheBoundIsJudgedOnTheExactDay() {
        AtomicInteger reads = new AtomicInteger();
        Supplier<LocalDate> clock = counted(reads, TODAY);
        // tomorrow is within the day of slack; the day after is not
        assertThat(findings(state(TODAY.minusDays(1), TODAY.plusDays(1)), context(clock, TODAY))).isEmpty();
        assertThat(reads).as("tomorrow is past the bound, so the exact day decides").hasPositiveValue();
        assertThat(findings(state(TODAY.minusDays(1), TODAY.plusDays(2)), context(clock, TODAY)))
                .containsExactly("Last session is 2026-12-04, after today (2026-12-02); correct the date");
    }

    @Test
    void everyDayItCanBeGivesTheFindingsOfTheExactDay() {
        Random random = new Random(20261202);
        for (int i = 0; i < 2_000; i++) {
            LocalDate today = TODAY.plusDays(random.nextInt(4_000) - 2_000);
            LocalDate activity = today.plusDays(random.nextInt(9) - 4);
            LocalDate session = today.plusDays(random.nextInt(9) - 4);
            String text = state(activity, session);
            List<String> exact = findings(text, new CheckContext(today, CheckContext.DEFAULT_MAX_LINES,
                    CheckContext.DEFAULT_MAX_BYTES, null, null));
            // the local date is the UTC day, the day before it or the day after it
            for (int utcShift = -1; utcShift <= 1; utcShift++) {
                assertThat(findings(text, context(() -> today, today.plusDays(utcShift))))
                        .as("today %s, activity %s, session %s, UTC day %+d", today, activity, session, utcShift)
                        .isEqualTo(exact);
            }
        }
    }

    @Test
    void withoutAClockNoDateIsInTheFuture() {
        assertThat(findings(state(TODAY, TODAY.plusYears(5)), CheckContext.DEFAULT)).isEmpty();
    }
}
