package dev.atomstate.app;

import dev.atomstate.edit.Replacer;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The velocity totals: "Total plans completed: 16" counts one more, "Total execution time: 143 min" adds the
 * duration, "Average duration: 9 min" is recomputed from the two. A value labelled for another milestone
 * ("200 (v1.0)" while v2.0 is current) or written as an estimate is left alone.
 */
final class Velocity {
    private Velocity() {
    }

    private static final Pattern COUNT = Pattern.compile("^(\\d{1,9})(?![\\d.,])(.*)$", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*(minutes|min|mins|m|hours|hour|hrs|hr|h)\\b(.*)$", Pattern.DOTALL);

    static void apply(ParsedState ps, Double minutes, Replacer out, List<String> notes) {
        String text = ps.text();
        Field countField = ps.handles().totalPlans();
        Integer newCount = null;
        if (countField != null) {
            Matcher m = COUNT.matcher(countField.value(text));
            if (m.matches() && !labelledElsewhere(m.group(2)) && !isFraction(m.group(2))) {
                newCount = Integer.parseInt(m.group(1)) + 1;
                out.replace(new dev.atomstate.parse.Span(countField.value().start(), countField.value().start() + m.group(1).length()),
                        Integer.toString(newCount), "total plans completed → " + newCount);
            }
        }
        Field timeField = ps.handles().totalTime();
        Double totalMinutes = null;
        if (minutes != null && timeField != null) {
            Matcher m = TIME.matcher(timeField.value(text));
            if (m.matches() && !labelledElsewhere(m.group(3))) {
                double old = Double.parseDouble(m.group(1));
                boolean hours = m.group(2).startsWith("h");
                double value = hours ? old + minutes / 60.0 : old + minutes;
                String formatted = format(value, m.group(1));
                totalMinutes = hours ? value * 60 : value;
                out.replace(new dev.atomstate.parse.Span(timeField.value().start(), timeField.value().start() + m.group(1).length()),
                        formatted, "total execution time → " + formatted + " " + m.group(2));
            }
        }
        Field avgField = ps.handles().averageDuration();
        if (avgField != null && totalMinutes != null && newCount != null && newCount > 0) {
            Matcher m = TIME.matcher(avgField.value(text));
            if (m.matches() && m.group(2).startsWith("m") && Durations.minutes(m.group(1) + " " + m.group(2)) != null) {
                String formatted = format(totalMinutes / newCount, m.group(1));
                out.replace(new dev.atomstate.parse.Span(avgField.value().start(), avgField.value().start() + m.group(1).length()),
                        formatted, "average duration → " + formatted + " " + m.group(2));
            }
        }
    }

    /** "(v1.0)" after a total means it counts another milestone than the one in progress: not ours to bump. */
    private static boolean labelledElsewhere(String rest) {
        return rest.matches("(?s).*\\bv\\d+(\\.\\d+)*\\b.*");
    }

    /** "5 / 5" or "5 of 5" is a fraction, not a running total. */
    private static boolean isFraction(String rest) {
        return rest.matches("(?s)\\s*(?:/|of\\b).*");
    }

    private static String format(double value, String example) {
        int dot = example.indexOf('.');
        if (dot < 0) {
            return Long.toString(Math.round(value));
        }
        return java.math.BigDecimal.valueOf(value).setScale(example.length() - dot - 1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
