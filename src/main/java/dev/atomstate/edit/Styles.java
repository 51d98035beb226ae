package dev.atomstate.edit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing values the way the file already writes them: dates, percents, bars, durations, YAML scalars. */
public final class Styles {
    private Styles() {
    }

    private static final Pattern DATE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})([ T])(\\d{1,2}:\\d{2})(:\\d{2})?(.*)$");
    private static final Pattern ISO_INSTANT = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:?\\d{2})$");

    /**
     * {@code now} formatted like {@code example}: "2026-02-20 01:37" → date and minutes; "2026-02-20" → date;
     * an ISO instant → the same precision in UTC; anything else → date and minutes.
     */
    public static String dateLike(String example, ZonedDateTime now) {
        String e = example == null ? "" : example.strip();
        Matcher iso = ISO_INSTANT.matcher(e);
        if (iso.matches()) {
            ZonedDateTime utc = now.withZoneSameInstant(ZoneOffset.UTC);
            String frac = iso.group(1) == null ? "" : "." + "0".repeat(iso.group(1).length() - 1);
            if (iso.group(2).equals("Z")) {
                return utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)) + frac + "Z";
            }
            return now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)) + frac
                    + now.format(DateTimeFormatter.ofPattern(iso.group(2).contains(":") ? "xxx" : "xx", Locale.ROOT));
        }
        Matcher dt = DATE_TIME.matcher(e);
        if (dt.matches()) {
            String pattern = "yyyy-MM-dd" + (dt.group(2).equals("T") ? "'T'" : " ") + "HH:mm" + (dt.group(4) == null ? "" : ":ss");
            return now.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
        }
        if (e.matches("^\\d{4}-\\d{2}-\\d{2}.*")) {
            return now.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    }

    public static String date(ZonedDateTime now) {
        return now.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** {@code value} with as many decimals as {@code example} has ("77.8" → one). Rounded half up. */
    public static String percentLike(String example, double value) {
        int dot = example == null ? -1 : example.indexOf('.');
        int decimals = dot < 0 ? 0 : example.length() - dot - 1;
        java.math.BigDecimal bd = java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return bd.toPlainString();
    }

    /** A bar of {@code cells} cells with {@code filled} of them filled, in the given glyphs. */
    public static String bar(int cells, int filled, String filledGlyph, String emptyGlyph) {
        String f = filledGlyph != null ? filledGlyph : filledFor(emptyGlyph);
        String e = emptyGlyph != null ? emptyGlyph : emptyFor(f);
        return f.repeat(Math.max(0, filled)) + e.repeat(Math.max(0, cells - filled));
    }

    private static String filledFor(String empty) {
        if (empty == null) {
            return "█";
        }
        return switch (empty) {
            case "░" -> "█";
            case "▱" -> "▰";
            case "□" -> "■";
            case "○" -> "●";
            case "◻" -> "◼";
            case "⬜" -> "⬛";
            default -> "#";
        };
    }

    private static String emptyFor(String filled) {
        return switch (filled) {
            case "█", "▓" -> "░";
            case "▰" -> "▱";
            case "■" -> "□";
            case "●" -> "○";
            case "◼" -> "◻";
            case "⬛" -> "⬜";
            default -> "-";
        };
    }

    /** Minutes written the way {@code example} writes a duration: "7", "4min", "12 min", "12 minutes". */
    public static String minutesLike(String example, double minutes) {
        long m = Math.max(1, Math.round(minutes));
        String e = example == null ? "" : example.strip().toLowerCase(Locale.ROOT);
        if (e.matches("\\d+")) {
            return Long.toString(m);
        }
        if (e.matches("\\d+min")) {
            return m + "min";
        }
        if (e.matches("\\d+m")) {
            return m + "m";
        }
        if (e.matches("\\d+ minutes?")) {
            return m + (m == 1 ? " minute" : " minutes");
        }
        if (e.matches("\\d+ mins")) {
            return m + " mins";
        }
        return m + " min";
    }

    /**
     * A YAML scalar for {@code value} quoted like {@code example} was: plain when the example was plain and
     * the value is safe as a plain string, else double-quoted with escapes; single-quoted stays single.
     */
    public static String yamlScalarLike(String example, String value) {
        String e = example == null ? "" : example;
        if (e.startsWith("'")) {
            return "'" + value.replace("'", "''") + "'";
        }
        if (!e.startsWith("\"") && isSafePlain(value)) {
            return value;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static boolean isSafePlain(String v) {
        if (v.isEmpty() || !v.equals(v.strip())) {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(v.charAt(0)) >= 0) {
            return false;
        }
        if (v.contains(": ") || v.contains(" #") || v.endsWith(":")) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.matches("true|false|yes|no|on|off|null|~|y|n")) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < 0x20) {
                return false;
            }
        }
        return true;
    }
}
