package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that stands in for content: "None yet." and its kin in lists, GSD's template placeholders ("[X] of [Y]",
 * "[YYYY-MM-DD]"), and the stray "yet." a tool leaves when it cuts "None" out of "None yet.".
 */
public final class PlaceholderText {
    private PlaceholderText() {
    }

    /** An item (or line) of a list that only says "nothing": "None yet.", "none", "n/a", "(none)", "—". */
    private static final Pattern LIST = Pattern.compile(
            "^(?:none yet|none|n/a|nothing yet|no blockers|no todos|\\(none\\)|none so far|—|-)\\.?$", Pattern.CASE_INSENSITIVE);
    /** A whole line that only says "nothing here": optional bullet, emphasis or parentheses around a fixed phrase. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?[*_(\\[]*\\s*(?:none(?: yet| so far| tracked| recorded| at this time| currently| open)?"
                    + "|nothing(?: yet)?|n/a|no (?:open )?(?:blockers?|todos?|concerns|issues)|暂无|无)"
                    + "\\s*[.!]?\\s*[*_)\\]]*\\s*\\.?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECORATION = Pattern.compile("[*_.()`]");
    private static final Pattern NONE_VALUE = Pattern.compile("(?i)none|n/a|-|—|");
    private static final Pattern STRAY_YET = Pattern.compile("(?i)^(?:[-*+]\\s+)?yet\\.?$");
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");

    /** The longest text {@link #LIST} matches: "nothing yet.", "none so far.". */
    private static final int LIST_LONGEST = 12;

    /** What the parser takes for a list's placeholder (an item's text, a line, a table cell), stripped. */
    public static boolean isListPlaceholder(String text) {
        return text.length() <= LIST_LONGEST && LIST.matcher(text).matches();
    }

    /** {@link #isListPlaceholder} of {@code text[start, end)} stripped, copying it only when it is short enough to be one. */
    static boolean isListPlaceholder(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start <= LIST_LONGEST && LIST.matcher(text.substring(start, end)).matches();
    }

    /** A whole line of a blockers or todos list that says there are none ("- None yet.", "(None)", "- *None.*"). */
    public static boolean isPlaceholderLine(String line) {
        return LINE.matcher(line).matches();
    }

    /** A value that says there is none, emphasis and parentheses aside: "None", "*none*", "(n/a)", "-", "—", "". */
    public static boolean saysNone(String value) {
        return NONE_VALUE.matcher(DECORATION.matcher(value.strip()).replaceAll("")).matches();
    }

    /** A stripped line that is only "yet." (or "- yet"). */
    public static boolean isStrayYet(String stripped) {
        return STRAY_YET.matcher(stripped).matches();
    }

    /** {@link #isStrayYet} of a whole line, copied only when it ends like one ("yet", "yet." in any case). */
    public static boolean isStrayYetLine(CharSequence line) {
        int end = Chars.strippedEnd(line);
        if (end > 0 && line.charAt(end - 1) == '.') {
            end--;
        }
        if (end < 3 || (line.charAt(end - 3) | 0x20) != 'y' || (line.charAt(end - 2) | 0x20) != 'e' || (line.charAt(end - 1) | 0x20) != 't') {
            return false;
        }
        return isStrayYet(line.toString().strip());
    }

    /** A template placeholder in a line and where it starts. */
    public record Template(int start, String text) {
    }

    /** The first template placeholder in {@code line}, or null. */
    public static Template template(CharSequence line) {
        if (!mayHoldTemplate(line)) {
            return null;
        }
        Matcher m = TEMPLATE.matcher(line.toString());
        return m.find() ? new Template(m.start(), m.group()) : null;
    }

    /**
     * Every form of {@link #TEMPLATE} starts with "[" and a capital letter, then "]" or one of the spelled-out
     * words: a line without that is not worth a copy and a regex (a big file has a million lines).
     */
    private static boolean mayHoldTemplate(CharSequence line) {
        for (int i = Chars.indexOf(line, '[', 0); i >= 0; i = Chars.indexOf(line, '[', i + 1)) {
            if (i + 2 < line.length() && line.charAt(i + 1) >= 'A' && line.charAt(i + 1) <= 'Z'
                    && (line.charAt(i + 2) == ']' || Chars.startsWith(line, "YYYY-MM-DD]", i + 1) || Chars.startsWith(line, "Phase name]", i + 1)
                    || Chars.startsWith(line, "What happened]", i + 1) || Chars.startsWith(line, "Current phase name]", i + 1))) {
                return true;
            }
        }
        return false;
    }
}
