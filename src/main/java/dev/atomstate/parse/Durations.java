package dev.atomstate.parse;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Duration spellings found in metric rows and velocity lines: "7" (minutes), "4min", "12 minutes",
 * "1h 5m", "2m 22s", "45s", "2 hours", "~45 min", "0.8 hours", "1:05" (h:mm). Returns minutes, or null when unreadable.
 */
public final class Durations {
    private Durations() {
    }

    private static final LazyPattern PART = LazyPattern.of(
            "(\\d+(?:\\.\\d+)?)\\s*(hours|hour|hrs|hr|h|minutes|minute|mins|min|m|seconds|second|secs|sec|s|days|day|d)?(?![a-z])");

    private static final LazyPattern CLOCK = LazyPattern.of("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

    /** Longer than a working day for a single plan: almost always a unit mistake (seconds, a line count, a timestamp). */
    public static final double IMPLAUSIBLE_MINUTES = 8 * 60;

    /** A cell that records no duration at all ("", "-", "—"): neither a value nor a problem. */
    public static boolean isEmpty(String written) {
        return written == null || written.isBlank() || written.strip().equals("-") || written.strip().equals("—");
    }

    /**
     * Why a recorded duration cannot count as the minutes one plan took — "not a duration", or "9 hours for one plan"
     * when it is longer than {@link #IMPLAUSIBLE_MINUTES} — or null when it can (or records nothing). The one rule
     * behind check's metric-duration and the durations velocity leaves out.
     */
    public static String implausibility(String written, Double minutes) {
        if (isEmpty(written)) {
            return null;
        }
        if (minutes == null) {
            return "not a duration";
        }
        return minutes > IMPLAUSIBLE_MINUTES ? hours(minutes) + " for one plan" : null;
    }

    private static String hours(double minutes) {
        double h = minutes / 60;
        if (h > 24 * 365) {
            return "over " + Math.round(h / 24 / 365) + " years";
        }
        if (h > 48) {
            return Math.round(h / 24) + " days";
        }
        return Math.round(h) + " hours";
    }

    /** How a duration is spelled, so a new one can be spelled alike: "7", "7min", "7m", "7 minutes", "7 mins", else "7 min". */
    public enum Form { BARE, MIN, M, MINUTES, MINS, SPACED_MIN }

    private static final LazyPattern BARE = LazyPattern.of("\\d+");
    private static final LazyPattern MIN = LazyPattern.of("\\d+min");
    private static final LazyPattern M = LazyPattern.of("\\d+m");
    private static final LazyPattern MINUTES = LazyPattern.of("\\d+ minutes?");
    private static final LazyPattern MINS = LazyPattern.of("\\d+ mins");

    /** The spelling of {@code example} (null: none, which gets "N min"). */
    public static Form form(String example) {
        String e = example == null ? "" : example.strip().toLowerCase(Locale.ROOT);
        if (BARE.matcher(e).matches()) {
            return Form.BARE;
        }
        if (MIN.matcher(e).matches()) {
            return Form.MIN;
        }
        if (M.matcher(e).matches()) {
            return Form.M;
        }
        if (MINUTES.matcher(e).matches()) {
            return Form.MINUTES;
        }
        return MINS.matcher(e).matches() ? Form.MINS : Form.SPACED_MIN;
    }

    /**
     * What {@link #minutes} makes of the forms nearly every row uses, read without the regexes (HandReadFormsTest
     * holds them to it): a whole number, alone or with one unit word ("7", "4min", "12 minutes", "2 hours", "45s").
     * Null: not one of those, ask the regexes.
     */
    private static Double simple(String t) {
        int i = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 9) {
            return null;
        }
        double n = Integer.parseInt(t, 0, i, 10);
        int unit = i;
        while (unit < t.length() && (t.charAt(unit) == ' ' || t.charAt(unit) >= '\t' && t.charAt(unit) <= '\r')) {
            unit++;
        }
        if (unit == t.length()) {
            return unit == i ? n : null;
        }
        return switch (t.substring(unit)) {
            case "hours", "hour", "hrs", "hr", "h" -> n * 60;
            case "minutes", "minute", "mins", "min", "m" -> n;
            case "seconds", "second", "secs", "sec", "s" -> n / 60;
            case "days", "day", "d" -> n * 24 * 60;
            default -> null;
        };
    }

    public static Double minutes(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("~", "").replace("≈", "").strip();
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        Double simple = simple(t);
        if (simple != null) {
            return simple;
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            // "1:05" is hours and minutes, "1:05:30" adds seconds
            return Integer.parseInt(clock.group(1)) * 60 + Integer.parseInt(clock.group(2))
                    + (clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)) / 60.0);
        }
        Matcher m = PART.matcher(t);
        double total = 0;
        int pos = 0;
        boolean any = false;
        while (m.find()) {
            if (!t.substring(pos, m.start()).isBlank() && !t.substring(pos, m.start()).strip().equals(",")) {
                return null;
            }
            double n = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "min" : m.group(2);
            total += switch (unit.charAt(0)) {
                case 'h' -> n * 60;
                case 's' -> n / 60;
                case 'd' -> n * 24 * 60;
                default -> n;
            };
            pos = m.end();
            any = true;
        }
        if (!any || !t.substring(pos).isBlank()) {
            return null;
        }
        return total;
    }
}
