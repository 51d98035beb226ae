package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Digits;
import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.PlanIds;

/**
 * Text typed by a user or agent, made safe to write into one line of Markdown: line breaks and tabs become
 * single spaces (a newline can never start a heading, field or table row), other control characters are
 * refused. Everything else — "$2", "\1", "None yet." — is written literally.
 */
public final class UserText {
    private UserText() {
    }

    public static final int MAX_LENGTH = 4000;

    // the starts of text that Markdown would read as structure inside a list item (see itemStart); compiled on first
    // use, once: String.matches compiles its pattern on every call
    private static final LazyPattern CHECKBOX_START = LazyPattern.of("(?s)^\\[[ xX~-]\\](?:[ \\t].*)?$");
    private static final LazyPattern BULLET_START = LazyPattern.of("(?s)^[-+*](?:[ \\t].*)?$");
    private static final LazyPattern THEMATIC_BREAK = LazyPattern.of("^([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$");
    private static final LazyPattern ORDERED_START = LazyPattern.of("(?s)^\\d{1,9}[.)](?:[ \\t].*)?$");

    /** The longest --duration a plan may be given: 30 days; anything longer is a typo, not a plan. */
    public static final double MAX_DURATION_MINUTES = 30 * 24 * 60;

    /** {@code minutes} (read from --duration {@code raw}) if it is at most {@link #MAX_DURATION_MINUTES}, else a usage error. */
    public static double plausibleDuration(String raw, double minutes) {
        if (minutes > MAX_DURATION_MINUTES || Double.isNaN(minutes)) {
            throw AtomstateException.usage("--duration '" + raw + "' is over 30 days; the limit is 30 days");
        }
        return minutes;
    }

    public static String oneLine(String what, String raw) {
        if (raw == null) {
            throw AtomstateException.usage(what + " is missing");
        }
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                space = sb.length() > 0;
                continue;
            }
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                throw AtomstateException.usage(what + " contains control character U+" + String.format("%04X", (int) c) + "; remove it");
            }
            if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                // bidirectional overrides make the line read differently from what it says ("Trojan source")
                throw AtomstateException.usage(what + " contains bidirectional control U+" + String.format("%04X", (int) c) + "; remove it");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1)))
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(raw.charAt(i - 1)))) {
                throw AtomstateException.usage(what + " contains an unpaired surrogate U+" + String.format("%04X", (int) c)
                        + " (the argument was not valid text); remove it");
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        String s = sb.toString();
        if (s.isEmpty()) {
            throw AtomstateException.usage(what + " is empty");
        }
        if (s.length() > MAX_LENGTH) {
            throw AtomstateException.usage(what + " is " + s.length() + " characters; the limit is " + MAX_LENGTH);
        }
        return s;
    }

    /**
     * A phase or plan given on the command line ("35", "5.1", "Phase 35", "62-01"), as written. Anything else
     * is refused: a phase ends up inside "[Phase …]" labels and table cells, where free text could break the line.
     */
    public static String phase(String what, String raw) {
        String s = oneLine(what, raw);
        if (!PlanIds.isPhaseOrPlan(s)) {
            throw AtomstateException.usage(what + " '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s)
                    + "' is not a phase number or plan id; use e.g. 35, 5.1 or 62-01");
        }
        return s;
    }

    /** For a table cell: pipes escaped so the text stays in its cell. */
    public static String cell(String s) {
        return s.replace("\\|", "|").replace("|", "\\|");
    }

    /**
     * For the start of a list item's text: a leading '#' or '>' would make a heading or a quote inside the item,
     * "[ ]", "[x]", "[X]", "[~]" or "[-]" a task checkbox (the boxes the parser reads, see ListItem), "- ", "* ",
     * "+ " or "1. " a nested list, and "---" or "***" a thematic break.
     */
    public static String itemStart(String s) {
        if (s.startsWith("#") || s.startsWith(">") || CHECKBOX_START.matcher(s).matches()
                || BULLET_START.matcher(s).matches() || THEMATIC_BREAK.matcher(s).matches()) {
            return "\\" + s;
        }
        if (ORDERED_START.matcher(s).matches()) {
            int marker = 0;
            while (Digits.isDigit(s.charAt(marker))) {
                marker++;
            }
            return s.substring(0, marker) + "\\" + s.substring(marker);
        }
        return s;
    }
}
