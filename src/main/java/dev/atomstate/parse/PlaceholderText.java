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
    /**
     * A whole line that only says "nothing here": optional bullet, emphasis or parentheses around a fixed phrase.
     * Every repetition is possessive: neighbouring tokens never share a character, and backtracking over the runs
     * of spaces of a deeply indented line was quadratic (cubic inside it) per line.
     */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*+(?:[-*+]\\s++)?[*_(\\[]*+\\s*+(?:none(?: yet| so far| tracked| recorded| at this time| currently| open)?"
                    + "|nothing(?: yet)?|n/a|no (?:open )?(?:blockers?|todos?|concerns|issues)|暂无|无)"
                    + "\\s*+[.!]?\\s*+[*_)\\]]*+\\s*+\\.?\\s*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECORATION = Pattern.compile("[*_.()`]");
    private static final Pattern NONE_VALUE = Pattern.compile("(?i)none|n/a|-|—|");
    private static final Pattern STRAY_YET = Pattern.compile("(?i)^(?:[-*+]\\s+)?yet\\.?$");
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");

    /** What the parser takes for a list's placeholder (an item's text, a line, a table cell), stripped. */
    public static boolean isListPlaceholder(String text) {
        return LIST.matcher(text).matches();
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

    /** A template placeholder in a line and where it starts. */
    public record Template(int start, String text) {
    }

    /** The first template placeholder in {@code line}, or null. */
    public static Template template(String line) {
        Matcher m = TEMPLATE.matcher(line);
        return m.find() ? new Template(m.start(), m.group()) : null;
    }
}
