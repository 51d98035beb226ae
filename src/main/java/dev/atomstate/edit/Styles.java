package dev.atomstate.edit;

import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Durations;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writing values the way the file already writes them: dates, percents, bars, durations, YAML scalars. */
public final class Styles {
    private Styles() {
    }

    /**
     * {@code now} written in {@code form} (read by parse.DateForms from the value it replaces): "2026-02-20 01:37" →
     * date and minutes; "2026-02-20" → date; an ISO instant → the same precision, in UTC for "Z"; anything else →
     * date and minutes.
     */
    public static String dateLike(DateForms.DateForm form, ZonedDateTime now) {
        switch (form.kind()) {
            case ISO_INSTANT -> {
                String frac = form.fraction().isEmpty() ? "" : "." + "0".repeat(form.fraction().length() - 1);
                if (form.zulu()) {
                    ZonedDateTime utc = now.withZoneSameInstant(ZoneOffset.UTC);
                    return utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)) + frac + "Z";
                }
                return now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT)) + frac
                        + now.format(DateTimeFormatter.ofPattern(form.colonOffset() ? "xxx" : "xx", Locale.ROOT));
            }
            case DATE_TIME -> {
                String pattern = "yyyy-MM-dd" + (form.t() ? "'T'" : " ") + "HH:mm" + (form.seconds() ? ":ss" : "");
                return now.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
            }
            case DATE -> {
                return now.format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            default -> {
                return now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
            }
        }
    }

    public static String date(ZonedDateTime now) {
        return date(now.toLocalDate());
    }

    /** 2026-02-20: LocalDate's own form is ISO_LOCAL_DATE's, without the formatter's cold start. */
    public static String date(java.time.LocalDate day) {
        return day.toString();
    }

    /** {@code value} with as many decimals as {@code example} has ("77.8" → one). Rounded half up. */
    public static String percentLike(String example, double value) {
        int dot = example == null ? -1 : example.indexOf('.');
        int decimals = dot < 0 ? 0 : example.length() - dot - 1;
        return dev.atomstate.model.Decimals.rounded(value, decimals, java.math.RoundingMode.HALF_UP);
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

    /** Minutes written in the spelling parse.Durations read from a neighbour: "7", "4min", "12 min", "12 minutes". */
    /**
     * The number {@code digits} spelled like {@code example}: "1" in a file that writes "P01" is "01", "01" where it
     * writes "P1" is "1" (a phase "5.1" keeps its dot). A null example keeps {@code digits} as given.
     */
    public static String numberLike(String example, String digits) {
        if (example == null || example.isEmpty() || digits.isEmpty()) {
            return digits;
        }
        String bare = dev.atomstate.parse.PlanIds.withoutLeadingZeros(digits);
        if (example.length() >= 2 && example.charAt(0) == '0' && Character.isDigit(example.charAt(1))) {
            int width = example.contains(".") ? example.indexOf('.') : example.length();
            int intPart = bare.contains(".") ? bare.indexOf('.') : bare.length();
            return "0".repeat(Math.max(0, width - intPart)) + bare;
        }
        return bare;
    }

    public static String minutesLike(Durations.Form form, double minutes) {
        long m = Math.max(1, Math.round(minutes));
        return switch (form) {
            case BARE -> Long.toString(m);
            case MIN -> m + "min";
            case M -> m + "m";
            case MINUTES -> m + (m == 1 ? " minute" : " minutes");
            case MINS -> m + " mins";
            case SPACED_MIN -> m + " min";
        };
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
