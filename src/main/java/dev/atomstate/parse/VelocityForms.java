package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the velocity values are written: "Total plans completed: 16" (a count and what follows it, such as
 * "(v1.0)" or "/ 20"), "Total execution time: 143 min" and "Average duration: 9 min" (a number, its unit, the
 * rest). Read so that a command can replace just the number and keep the rest.
 */
public final class VelocityForms {
    private VelocityForms() {
    }

    private static final LazyPattern COUNT = LazyPattern.of("^(\\d{1,9})(?![\\d.,])(.*)$", Pattern.DOTALL);
    private static final LazyPattern TIME = LazyPattern.of("^(\\d+(?:\\.\\d+)?)\\s*(minutes|min|mins|m|hours|hour|hrs|hr|h)\\b(.*)$", Pattern.DOTALL);
    private static final LazyPattern FRACTION = LazyPattern.of("(?s)\\s*(?:/|of\\b).*");
    private static final LazyPattern STATED_TOTAL = LazyPattern.of("^\\**\\s*(\\d{1,6})(?![\\d.,/%])(.*)$");

    /** A count at the start of a value and what follows it. */
    public record Count(String number, String rest) {
        /** "5 / 5" or "5 of 5": a fraction, not a running total. */
        public boolean fraction() {
            return FRACTION.matcher(rest).matches();
        }

        /** "(v1.0)" after a total: it counts another milestone than the one in progress. */
        public boolean labelled() {
            return MilestoneForms.vLabelIn(rest) != null;
        }
    }

    /** A time: its number as written ("143", "2.5"), its unit ("min", "hours"), what follows. */
    public record Time(String number, String unit, String rest) {
        public boolean labelled() {
            return MilestoneForms.vLabelIn(rest) != null;
        }
    }

    /** The count a value starts with ("16", "16 (v1.0)"), or null. */
    public static Count count(String value) {
        Matcher m = COUNT.matcher(value);
        return m.matches() ? new Count(m.group(1), m.group(2)) : null;
    }

    /** The time a value starts with ("143 min", "2.5 hours"), or null. */
    public static Time time(String value) {
        Matcher m = TIME.matcher(value);
        return m.matches() ? new Time(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** "Total plans completed" as the check reads it: a count after optional bold marks, not a fraction or percent; null otherwise. */
    public static Count statedTotal(String text) {
        Matcher m = STATED_TOTAL.matcher(text);
        return m.matches() ? new Count(m.group(1), m.group(2)) : null;
    }
}
