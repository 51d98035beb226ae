package dev.atomstate.parse.worklog;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.worklog.Timestamp.DateShape;
import dev.atomstate.parse.worklog.Timestamp.Shape;
import dev.atomstate.parse.worklog.Timestamp.TimeShape;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Finds the timestamps people write in worklog headings and lines: {@code 2025-11-16 22:49 UTC},
 * {@code 2026-05-16 14:14 PT}, {@code 2026-01-05T10:00+0400}, {@code 07.04.2025}, {@code 10/12/2025 1 PM},
 * {@code 10/22/24}, {@code May 11, 2025}, a day before the month with or without a weekday ({@code Tuesday 20 February 2024},
 * {@code 3rd Mar 2024}, a month misspelt by a letter or two: {@code Febuary}), and times alone with ranges
 * ({@code 10:00-11:00 UTC}).
 * A slash date is read month-first or day-first as the whole file shows ({@link SlashOrder}); when the file
 * cannot tell, the date is not read (no guess).
 */
public final class Timestamps {
    private Timestamps() {
    }

    /** How the file writes n/n/yyyy dates; UNKNOWN when no date in it has a part over 12 (or they disagree). */
    public enum SlashOrder { MDY, DMY, UNKNOWN }

    private static final LazyPattern ISO = LazyPattern.of("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final LazyPattern DOT = LazyPattern.of("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final LazyPattern SLASH = LazyPattern.of("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final LazyPattern MONTH = LazyPattern.of("(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** "Tuesday 20 February 2024", "Tue, 3rd Mar 2024", "20 Febuary 2024": the month word is checked by {@link #monthOf}. */
    private static final LazyPattern DAY_MONTH = LazyPattern.of("(?i)\\b(?:((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6})\\.?,?\\s+)?"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,10})\\.?,?\\s+(\\d{4})\\b");
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final LazyPattern TIME_AFTER = LazyPattern.of("^([T ]|,? at | ?[-–—] | ?, ?)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s*(?:[-–—]|to)\\s*(\\d{1,2}):(\\d{2}))?(?!\\d)");
    private static final LazyPattern TIME12_AFTER = LazyPattern.of("^( |,? at )(\\d{1,2})(?::(\\d{2}))?\\s?([AaPp][Mm])\\b");
    private static final LazyPattern TIME_ALONE = LazyPattern.of("(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
            + "(?:\\s*(?:[-–—]|to)\\s*(\\d{1,2}):(\\d{2}))?(?![\\d:])");
    private static final LazyPattern ZONE = LazyPattern.of("^( ?)(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|PT|PST|PDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|"
            + "CET|CEST|BST|JST)(?![\\w])");
    private static final LazyPattern DATE_LIKE = LazyPattern.of("(?i)(?<![\\d.])(\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./](\\d{4}|\\d{2}))(?![\\d.])"
            + "|\\[date]|\\byyyy\\b|\\bdd/mm\\b|\\bmm/dd\\b|\\bdd\\.mm\\b");

    /** Regional zones for the abbreviations people write; the offset then depends on the date (PST or PDT). */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("PT", "America/Los_Angeles"), Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("ET", "America/New_York"), Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("CT", "America/Chicago"), Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("MT", "America/Denver"), Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"), Map.entry("BST", "Europe/London"),
            Map.entry("JST", "Asia/Tokyo"));

    /** The order the slash dates in {@code text} imply. */
    public static SlashOrder slashOrder(String text) {
        boolean dmy = false;
        boolean mdy = false;
        Matcher m = SLASH.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            dmy |= a > 12 && b <= 12;
            mdy |= b > 12 && a <= 12;
        }
        return dmy == mdy ? SlashOrder.UNKNOWN : dmy ? SlashOrder.DMY : SlashOrder.MDY;
    }

    /** The first readable date (with the time and zone after it) in {@code s}, or null. */
    public static Timestamp find(String s, SlashOrder order) {
        Timestamp best = null;
        for (LazyPattern p : new LazyPattern[] {ISO, DOT, SLASH, MONTH, DAY_MONTH}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                Timestamp t = date(s, m, p, order);
                if (t != null) {
                    best = t;
                    break;
                }
            }
        }
        return best;
    }

    /** A time alone ("09:30", "10:00-11:00 UTC") in {@code s}, with no date; or null. */
    public static Timestamp findTime(String s) {
        Matcher m = TIME_ALONE.matcher(s);
        while (m.find()) {
            LocalTime t = time(m.group(1), m.group(2), m.group(3));
            LocalTime end = m.group(4) == null ? null : time(m.group(4), m.group(5), null);
            if (t == null || m.group(4) != null && end == null) {
                continue;
            }
            Shape shape = new Shape(DateShape.NONE, false, "", m.group(3) == null ? TimeShape.HM : TimeShape.HMS, " ");
            return withZone(s, m.start(), m.end(), null, t, end, shape);
        }
        return null;
    }

    /** True when {@code s} has something shaped like a date (or a date placeholder) that {@link #find} may not read. */
    public static boolean looksDated(String s) {
        return DATE_LIKE.matcher(s).find();
    }

    private static Timestamp date(String s, Matcher m, LazyPattern p, SlashOrder order) {
        LocalDate date;
        DateShape shape;
        boolean shortYear = false;
        try {
            if (p == ISO) {
                date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                shape = DateShape.ISO;
            } else if (p == DOT) {
                date = LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
                shape = DateShape.DOT_DMY;
            } else if (p == SLASH) {
                if (order == SlashOrder.UNKNOWN) {
                    return null;
                }
                shortYear = m.group(3).length() == 2;
                int year = shortYear ? 2000 + num(m, 3) : num(m, 3);
                date = order == SlashOrder.MDY ? LocalDate.of(year, num(m, 1), num(m, 2)) : LocalDate.of(year, num(m, 2), num(m, 1));
                shape = order == SlashOrder.MDY ? DateShape.SLASH_MDY : DateShape.SLASH_DMY;
            } else if (p == MONTH) {
                date = LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
                shape = DateShape.MONTH_NAME;
            } else {
                int month = monthOf(m.group(3));
                if (month == 0 || m.group(1) != null && !isWeekday(m.group(1))) {
                    return null;
                }
                date = LocalDate.of(num(m, 4), month, num(m, 2));
                shape = m.group(1) == null ? DateShape.DAY_MONTH : m.group(1).length() <= 3 ? DateShape.SHORT_WEEKDAY_DAY_MONTH
                        : DateShape.WEEKDAY_DAY_MONTH;
            }
        } catch (DateTimeException e) {
            return null;
        }
        String rest = s.substring(m.end());
        Matcher t = TIME_AFTER.matcher(rest);
        if (t.find()) {
            LocalTime time = time(t.group(2), t.group(3), t.group(4));
            LocalTime end = t.group(5) == null ? null : time(t.group(5), t.group(6), null);
            if (time != null && (t.group(5) == null || end != null)) {
                Shape sh = new Shape(shape, shortYear, t.group(1), t.group(4) == null ? TimeShape.HM : TimeShape.HMS, " ");
                return withZone(s, m.start(), m.end() + t.end(), date, time, end, sh);
            }
        }
        Matcher t12 = TIME12_AFTER.matcher(rest);
        if (t12.find()) {
            int h = Integer.parseInt(t12.group(2));
            int min = t12.group(3) == null ? 0 : Integer.parseInt(t12.group(3));
            if (h >= 1 && h <= 12 && min < 60) {
                boolean pm = t12.group(4).equalsIgnoreCase("pm");
                LocalTime time = LocalTime.of(h % 12 + (pm ? 12 : 0), min);
                Shape sh = new Shape(shape, shortYear, t12.group(1), t12.group(3) == null ? TimeShape.H12 : TimeShape.HM12, " ");
                return withZone(s, m.start(), m.end() + t12.end(), date, time, null, sh);
            }
        }
        return new Timestamp(m.start(), m.end(), m.group(), date, null, null, null, null,
                new Shape(shape, shortYear, " ", TimeShape.NONE, " "));
    }

    private static Timestamp withZone(String s, int start, int end, LocalDate date, LocalTime time, LocalTime endTime, Shape shape) {
        Matcher z = ZONE.matcher(s.substring(end));
        if (z.find()) {
            String zt = z.group(2);
            Shape sh = new Shape(shape.date(), shape.shortYear(), shape.dateTimeSeparator(), shape.time(), z.group(1));
            return new Timestamp(start, end + z.end(), s.substring(start, end + z.end()), date, time, endTime, zt, zone(zt), sh);
        }
        return new Timestamp(start, end, s.substring(start, end), date, time, endTime, null, null, shape);
    }

    private static ZoneId zone(String z) {
        String u = z.toUpperCase(Locale.ROOT);
        if (u.equals("Z") || u.equals("UTC") || u.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        if (u.startsWith("+") || u.startsWith("-")) {
            String d = u.replace(":", "");
            return ZoneOffset.ofHoursMinutes(Integer.parseInt(d.substring(0, 3)), (d.charAt(0) == '-' ? -1 : 1) * Integer.parseInt(d.substring(3)));
        }
        return ZoneId.of(ZONES.get(u));
    }

    private static LocalTime time(String h, String m, String s) {
        int hour = Integer.parseInt(h);
        int min = Integer.parseInt(m);
        int sec = s == null ? 0 : Integer.parseInt(s);
        return hour < 24 && min < 60 && sec < 60 ? LocalTime.of(hour, min, sec) : null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
    }

    /**
     * The month a word names (1-12), or 0: its first three letters are a month's and the word is that month's name,
     * its abbreviation, or the name with a letter or two missing, doubled or swapped ("Febuary", "Feburary", "Septmber").
     */
    static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            String name = MONTHS[i];
            if (!w.startsWith(name.substring(0, 3))) {
                continue;
            }
            if (name.startsWith(w) || w.equals("sept") || name.length() > 4 && distance(w, name) <= 2) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A weekday's name, its abbreviation, or the name with a letter or two off ("Wensday"). */
    private static boolean isWeekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            if (w.startsWith(day.substring(0, 3)) && (day.startsWith(w) || w.equals("tues") || w.equals("thurs") || distance(w, day) <= 2)) {
                return true;
            }
        }
        return false;
    }

    /** Edit distance (insertions, deletions, substitutions) between two short words. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
