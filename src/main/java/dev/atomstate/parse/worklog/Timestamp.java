package dev.atomstate.parse.worklog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A timestamp found in a heading or line: where it is ({@code start..end} in the searched string), what it
 * says, and how it is written, so that a new entry's timestamp can be written the same way.
 *
 * @param date     null only for a time alone (a "Morning Session (09:00-10:00 UTC)" sub-heading)
 * @param time     null for a date alone
 * @param endTime  the end of a time range, else null
 * @param zoneText the zone as written ("UTC", "+0400", "PT"), else null; {@code zone} what it means
 */
public record Timestamp(int start, int end, String text, LocalDate date, LocalTime time, LocalTime endTime,
                        String zoneText, ZoneId zone, Shape shape) {

    /** How the date and time are spelled. */
    /** How the date is spelled; the day-month shapes are "20 February 2024", "Tuesday 20 February 2024", "Tue 20 February 2024". */
    public enum DateShape { ISO, DOT_DMY, SLASH_MDY, SLASH_DMY, MONTH_NAME, DAY_MONTH, WEEKDAY_DAY_MONTH, SHORT_WEEKDAY_DAY_MONTH, NONE }

    public enum TimeShape { NONE, HM, HMS, H12, HM12 }

    /** The spelling: date shape, two-digit year, the text between date and time, time shape. */
    public record Shape(DateShape date, boolean shortYear, String dateTimeSeparator, TimeShape time, String zoneSeparator) {
    }

    /** ISO-8601: the date alone, a local date-time, or a date-time with the offset its zone had then. */
    public String iso() {
        return iso(time);
    }

    public String isoEnd() {
        return endTime == null ? null : iso(endTime);
    }

    private String iso(LocalTime t) {
        if (date == null) {
            return null;
        }
        if (t == null) {
            return date.toString();
        }
        LocalDateTime ldt = LocalDateTime.of(date, t);
        return zone == null ? ldt.toString() : ldt.atZone(zone).toOffsetDateTime().toString();
    }

    /** This timestamp with the date of {@code day} (a time sub-heading under a date heading). */
    public Timestamp on(LocalDate day) {
        return new Timestamp(start, end, text, day, time, endTime, zoneText, zone, shape);
    }

    /** A comparable moment: zoned times as UTC, local times as they are, a date alone at its start. */
    public LocalDateTime sortKey() {
        LocalDateTime ldt = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        return zone == null ? ldt : ldt.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** Compares two timestamps at the precision both have: by date when either has no time. */
    public int compareMoment(Timestamp other) {
        if (time == null || other.time == null) {
            return date.compareTo(other.date);
        }
        return sortKey().compareTo(other.sortKey());
    }

    /** {@code now} written in this timestamp's own spelling (and zone, when it names one). */
    public String render(ZonedDateTime now) {
        ZonedDateTime t = zone == null ? now : now.withZoneSameInstant(zone);
        StringBuilder sb = new StringBuilder();
        LocalDate d = t.toLocalDate();
        String year = shape.shortYear() ? String.format("%02d", d.getYear() % 100) : String.valueOf(d.getYear());
        switch (shape.date()) {
            case DOT_DMY -> sb.append(String.format("%02d.%02d.", d.getDayOfMonth(), d.getMonthValue())).append(year);
            case SLASH_MDY -> sb.append(String.format("%02d/%02d/", d.getMonthValue(), d.getDayOfMonth())).append(year);
            case SLASH_DMY -> sb.append(String.format("%02d/%02d/", d.getDayOfMonth(), d.getMonthValue())).append(year);
            case MONTH_NAME -> sb.append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                    .append(d.getDayOfMonth()).append(", ").append(year);
            case WEEKDAY_DAY_MONTH, SHORT_WEEKDAY_DAY_MONTH -> sb.append(d.getDayOfWeek().getDisplayName(
                    shape.date() == DateShape.WEEKDAY_DAY_MONTH ? TextStyle.FULL : TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                    .append(d.getDayOfMonth()).append(' ').append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(year);
            case DAY_MONTH -> sb.append(d.getDayOfMonth()).append(' ').append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                    .append(' ').append(year);
            case ISO, NONE -> sb.append(d);
        }
        if (shape.time() != TimeShape.NONE) {
            sb.append(shape.dateTimeSeparator());
            int h = t.getHour();
            switch (shape.time()) {
                case HM -> sb.append(String.format("%02d:%02d", h, t.getMinute()));
                case HMS -> sb.append(String.format("%02d:%02d:%02d", h, t.getMinute(), t.getSecond()));
                case H12 -> sb.append(h % 12 == 0 ? 12 : h % 12).append(h < 12 ? " AM" : " PM");
                case HM12 -> sb.append(h % 12 == 0 ? 12 : h % 12).append(String.format(":%02d", t.getMinute())).append(h < 12 ? " AM" : " PM");
                case NONE -> { }
            }
            if (zoneText != null) {
                sb.append(shape.zoneSeparator()).append(zoneText);
            }
        }
        return sb.toString();
    }
}
