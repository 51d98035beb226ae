package dev.atomstate.model;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Today's local date as a run knows it. From the UTC clock alone it is one of three days: no zone is a day or more
 * behind or ahead of UTC. The exact day needs the time zone's data, about 3 ms of a cold start on every hook, so it
 * is read only when the answer differs across those days (a date on the edge of "tomorrow", an age on the edge of
 * a week). With --now the day is known exactly and the range is that one day.
 */
public final class Today {
    private static final long DAY_MILLIS = 86_400_000L;

    private final LocalDate earliest;
    private final LocalDate latest;
    private final Supplier<LocalDate> exact;

    private Today(LocalDate earliest, LocalDate latest, Supplier<LocalDate> exact) {
        this.earliest = earliest;
        this.latest = latest;
        this.exact = exact;
    }

    /** A day given outright (--now, a test). */
    public static Today exactly(LocalDate day) {
        return new Today(day, day, null);
    }

    /** The days it can be at {@code epochMillis} anywhere, the exact one from {@code exact} when asked for. */
    public static Today atUtcMillis(long epochMillis, Supplier<LocalDate> exact) {
        LocalDate utc = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, DAY_MILLIS));
        return new Today(utc.minusDays(1), utc.plusDays(1), exact);
    }

    /** No local date is before this one. */
    public LocalDate earliest() {
        return earliest;
    }

    /** No local date is after this one. */
    public LocalDate latest() {
        return latest;
    }

    /** Whether the day is known without the time zone. */
    public boolean isExact() {
        return exact == null;
    }

    /** The local date itself; may read the time zone. */
    public LocalDate exact() {
        return exact == null ? earliest : exact.get();
    }
}
