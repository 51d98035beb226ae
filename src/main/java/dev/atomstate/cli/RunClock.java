package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Today;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The clock of one run: --now (the global option), else ATOMSTATE_NOW, else the system clock, each read once so that
 * everything the run does sees one time, even across midnight. The system clock is read as little as a hook needs:
 * the UTC day where that settles the answer (see {@link Today}), the time zone only on demand.
 */
final class RunClock {
    private final GlobalOptions options;
    private final Map<String, String> env;
    private ZonedDateTime now;

    /** {@code options} as the command line sets them (read when the clock is first asked, after binding). */
    RunClock(GlobalOptions options, Map<String, String> env) {
        this.options = options;
        this.env = env;
    }

    /** The clock: --now, else ATOMSTATE_NOW, else the system clock. */
    ZonedDateTime now() {
        if (now == null) {
            now = clock(options.now != null ? options.now : env.get("ATOMSTATE_NOW"));
        }
        return now;
    }

    /**
     * Today's date, for the check rules and the status text: the date of --now or ATOMSTATE_NOW when one is given,
     * else of the system clock in the default time zone. Status and check run in hooks on every prompt, and
     * {@code ZonedDateTime.now()} costs such a run about 20 ms for its zone rules provider (a service look-up over
     * the class path and a second read of the time-zone data); {@link java.util.TimeZone} reads the same data once.
     */
    LocalDate today() {
        if (given()) {
            return now().toLocalDate();
        }
        if (today == null) {
            // read once: the check rules and the status text must see one date, even across midnight
            today = localDate(System.currentTimeMillis(), java.util.TimeZone.getDefault());
        }
        exactDayRead = true; // whoever asks: an answer that used this day is not one of the UTC day alone
        return today;
    }

    private LocalDate today;

    /**
     * The JDK's TimeZone holds each zone's changes of offset as a table up to 2037 and a yearly rule after it, a
     * rule that cannot say everything java.time's rules say (a negative daylight saving time, as in Windhoek):
     * from here on the date is taken through java.time, as ZonedDateTime would.
     */
    private static final long TIME_ZONE_TABLE_END = 2_114_380_800_000L; // 2037-01-01T00:00:00Z

    /**
     * {@link #today} for a command that may not need it: a --now (or ATOMSTATE_NOW) is read here, so that a bad one
     * refuses the command before it touches anything; the system clock is read on first use, if any.
     */
    java.util.function.Supplier<LocalDate> lazyToday() {
        if (given()) {
            return new GivenToday(now().toLocalDate());
        }
        return new SystemToday();
    }

    /** The day of --now; a class rather than a lambda, for the reason below. */
    private static final class GivenToday implements java.util.function.Supplier<LocalDate> {
        private final LocalDate day;

        GivenToday(LocalDate day) {
            this.day = day;
        }

        @Override
        public LocalDate get() {
            return day;
        }
    }

    /** {@link #today} on first use; a class rather than {@code this::today}: a cold run links each lambda it reaches. */
    private final class SystemToday implements java.util.function.Supplier<LocalDate> {
        @Override
        public LocalDate get() {
            return today();
        }
    }

    /** Whether a rule or the text needed the exact day of the system clock (not only the UTC day and its neighbours). */
    boolean exactDayRead() {
        return exactDayRead;
    }

    private boolean exactDayRead;

    /**
     * Today for the check rules and the status text: the days it can be by the UTC clock, and {@link #today} when
     * they need the exact one (see {@link Today}); with --now that one day. Made once, so that the rules and the
     * text see the same days even across midnight.
     */
    Today todayRange() {
        if (todayRange == null) {
            todayRange = given() || today != null ? Today.exactly(today())
                    : Today.atUtcMillis(System.currentTimeMillis(), new SystemToday());
        }
        return todayRange;
    }

    private Today todayRange;

    /** Whether the clock is set (--now, ATOMSTATE_NOW) or already read. */
    boolean given() {
        String raw = options.now != null ? options.now : env.get("ATOMSTATE_NOW");
        return now != null || raw != null && !raw.isBlank();
    }

    /** The date in {@code zone} at {@code epochMillis}: what {@code Instant.atZone(zone.toZoneId()).toLocalDate()} gives. */
    static LocalDate localDate(long epochMillis, java.util.TimeZone zone) {
        if (epochMillis >= TIME_ZONE_TABLE_END) {
            return java.time.Instant.ofEpochMilli(epochMillis).atZone(zone.toZoneId()).toLocalDate();
        }
        long local = epochMillis + zone.getOffset(epochMillis);
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400_000L));
    }

    /** The years --now may name: a date a state file could carry, not one that merely parses. */
    static final int FIRST_YEAR = 1970;
    static final int LAST_YEAR = 2999;

    private static ZonedDateTime clock(String raw) {
        if (raw == null || raw.isBlank()) {
            return ZonedDateTime.now();
        }
        ZonedDateTime t = parsedClock(raw);
        if (t.getYear() < FIRST_YEAR || t.getYear() > LAST_YEAR) {
            throw AtomstateException.usage("--now '" + raw.strip() + "' is in the year " + t.getYear() + "; use a time between "
                    + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return t;
    }

    private static ZonedDateTime parsedClock(String raw) {
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toZonedDateTime();
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(s).atZone(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            // a date alone
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneId.systemDefault());
        } catch (DateTimeParseException e) {
            throw AtomstateException.usage("--now '" + raw + "' is not an ISO-8601 time; use e.g. 2026-02-20T09:30 or 2026-02-20T09:30:00Z");
        }
    }
}
