package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The ways a date or time is written in these files, read so that a new one can be written the same way
 * (edit.Styles renders a {@link DateForm}), and the ISO dates a line mentions.
 */
public final class DateForms {
    private DateForms() {
    }

    /**
     * How a date is written. {@code ISO_INSTANT}: "2026-02-20T01:37:00Z", "…:00.000Z", "…:00+02:00", "…:00+0200" (with
     * {@code fraction} the ".000" as written, {@code zulu} for "Z", {@code colonOffset} for "+02:00");
     * {@code DATE_TIME}: "2026-02-20 01:37", "2026-02-20T01:37:05" ({@code t} for the "T", {@code seconds});
     * {@code DATE}: anything that starts with a date; {@code OTHER}: no date (a new one gets date and minutes).
     */
    public record DateForm(Kind kind, String fraction, boolean zulu, boolean colonOffset, boolean t, boolean seconds) {
        public enum Kind { ISO_INSTANT, DATE_TIME, DATE, OTHER }
    }

    private static final LazyPattern LEADING_DATE = LazyPattern.of("\\d{4}-\\d{2}-\\d{2}.*");

    /** How a date is written, read only when one is written, compiled on first use. */
    private static final class Writing {
        private static final LazyPattern DATE_TIME = LazyPattern.of("^(\\d{4}-\\d{2}-\\d{2})([ T])(\\d{1,2}:\\d{2})(:\\d{2})?(.*)$");
        private static final LazyPattern ISO_INSTANT = LazyPattern.of("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$");
        private static final LazyPattern BARE_DATE = LazyPattern.of("\\d{4}-\\d{2}-\\d{2}");
    }
    private static final LazyPattern ISO_DATE = LazyPattern.of("(?<!\\d)(\\d{4}-\\d{2}-\\d{2})(?!\\d)");

    /** The form of {@code example} (null: none). */
    public static DateForm of(String example) {
        String e = example == null ? "" : example.strip();
        Matcher iso = Writing.ISO_INSTANT.matcher(e);
        if (iso.matches()) {
            return new DateForm(DateForm.Kind.ISO_INSTANT, iso.group(1) == null ? "" : iso.group(1), iso.group(2).equals("Z"),
                    iso.group(2).contains(":"), true, true);
        }
        Matcher dt = Writing.DATE_TIME.matcher(e);
        if (dt.matches()) {
            return new DateForm(DateForm.Kind.DATE_TIME, "", false, false, dt.group(2).equals("T"), dt.group(4) != null);
        }
        if (LEADING_DATE.matcher(e).matches()) {
            return new DateForm(DateForm.Kind.DATE, "", false, false, false, false);
        }
        return new DateForm(DateForm.Kind.OTHER, "", false, false, false, false);
    }

    /** "2026-02-20" and nothing else. */
    public static boolean isBareDate(String text) {
        return text != null && Writing.BARE_DATE.matcher(text).matches();
    }

    /** Starts with a date ("2026-02-20", "2026-02-20 — Shipped"). */
    public static boolean startsWithDate(String text) {
        return text != null && LEADING_DATE.matcher(text).matches();
    }

    /** An ISO date ("2026-02-20") in a line, and where it starts. */
    public record Found(int start, String date) {
    }

    /** Every YYYY-MM-DD in {@code text} that is not part of a longer number, in order (valid dates or not). */
    public static List<Found> isoDates(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = ISO_DATE.matcher(text);
        while (m.find()) {
            out.add(new Found(m.start(), m.group(1)));
        }
        return out;
    }

    /**
     * The ISO date a value starts with (after emphasis, within its first few characters), or null: what a last
     * activity or session line is dated by (check's date-order, status's "2 days ago").
     */
    public static java.time.LocalDate leadingDate(String text) {
        if (text == null) {
            return null;
        }
        List<Found> dates = isoDates(text);
        if (dates.isEmpty() || dates.get(0).start() > 4) {
            return null;
        }
        return isoDay(dates.get(0).date());
    }

    /**
     * The day that "YYYY-MM-DD" (ten characters, digits where the form has them) names, or null when there is no
     * such day (2026-02-30): what {@code LocalDate.parse} gives, without the formatter, whose initialisation costs a
     * cold status about 1.5 ms. {@code DateFormsTest} holds the two equal.
     */
    public static java.time.LocalDate isoDay(String date) {
        int year = number(date, 0, 4);
        int month = number(date, 5, 7);
        int day = number(date, 8, 10);
        try {
            return java.time.LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
