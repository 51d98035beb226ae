package dev.atomstate.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that stands in for content: "None yet." and its kin in lists, list items and table cells, GSD's template
 * placeholders ("[X] of [Y]", "[YYYY-MM-DD]"), and the stray "yet." a tool leaves when it cuts "None" out of
 * "None yet.". This is the one list every reader and writer asks (the parser's list blocks, the item and decision
 * writers, the metrics and decision tables, check's placeholder-left and --fix).
 */
public final class PlaceholderText {
    private PlaceholderText() {
    }

    /**
     * The phrases that say "nothing here", lower case, one family a line: a new spelling is one more line. Each is
     * matched against a whole item, line or cell — bullet, emphasis, brackets and a final period aside — never against
     * the start of a real item: "None of the exports is signed" and "No authentication" are items.
     */
    private static final List<String> PHRASES = List.of(
            "none",
            "none (?:yet|so far|tracked|recorded|identified|currently|at this time|at the moment|for now|open|pending|logged|noted|known|reported|listed)",
            "nothing(?: yet| so far| recorded| to report| pending| open)?",
            "no (?:open |pending |active |known |current |new |outstanding )?(?:decisions?|blockers?|blocking issues|concerns?|todos?|to-dos?|tasks?|issues?|items?|entries|risks?|metrics|plans?)"
                    + "(?: yet| so far| recorded| identified| logged| currently| at this time| at the moment)?",
            "n/a",
            "[-—–]",
            "暂无",
            "无");

    /**
     * A bullet or number, an opening of emphasis or brackets, the phrase, a closing, a final period. Every repetition is
     * possessive: neighbouring tokens never share a character, and backtracking over the runs of spaces of a deeply
     * indented line was quadratic (cubic inside it) per line.
     */
    private static final LazyPattern PLACEHOLDER = LazyPattern.of(
            "^\\s*+(?:[-*+]\\s++|\\d{1,3}[.)]\\s++)?[*_\\[]*+\\s*+(?:" + String.join("|", PHRASES) + ")\\s*+[.!]?\\s*+[*_\\]]*+\\s*+\\.?\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The same in parentheses, where a note may follow the phrase: "(none yet — project just initialized)", "*(none)*". */
    private static final LazyPattern PARENTHESISED = LazyPattern.of(
            "^\\s*+(?:[-*+]\\s++|\\d{1,3}[.)]\\s++)?[*_]*+\\(\\s*+(?:" + String.join("|", PHRASES) + ")\\s*+[.!]?(?:\\s*+(?:—|–|--|-|:|;|,)\\s*+[^()]*+)?\\)[*_]*+\\s*+\\.?\\s*+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final LazyPattern DECORATION = LazyPattern.of("[*_.()`]");
    private static final LazyPattern NONE_VALUE = LazyPattern.of("(?i)none|n/a|-|—|");
    private static final LazyPattern STRAY_YET = LazyPattern.of("(?i)^(?:[-*+]\\s+)?yet\\.?$");
    private static final LazyPattern TEMPLATE = LazyPattern.of(
            "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");

    /**
     * A whole line, list item text or table cell that only says "nothing": "None yet.", "- None", "(None)", "- *None.*",
     * "No decisions yet.", "None tracked.", "暂无", "| *(none)* |"'s cell. A lone "-" line is an empty bullet, not this.
     */
    public static boolean isPlaceholder(String text) {
        if (text == null || text.isBlank() || text.strip().equals("-")) {
            return false;
        }
        return mayStartPhrase(text) && (PLACEHOLDER.matcher(text).matches() || PARENTHESISED.matcher(text).matches());
    }

    /**
     * Before a phrase both patterns allow only spaces, a bullet or number, emphasis and an opening bracket, and every
     * phrase starts with n (either case), a dash, 暂 or 无: a text whose first other char is none of those is not
     * matched at all (a big file asks this of every list item).
     */
    private static boolean mayStartPhrase(String text) {
        return mayStartPhrase(text, 0, text.length());
    }

    /** {@code isPlaceholder(text.substring(from, to).strip())}, without the copy for the many texts that cannot be one. */
    public static boolean isPlaceholder(String text, int from, int to) {
        return mayStartPhrase(text, from, to) && isPlaceholder(text.substring(from, to).strip());
    }

    private static boolean mayStartPhrase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                return true; // a bullet, or the phrase "-" itself ("-!", "[-]"): the patterns decide
            }
            if (Character.isWhitespace(c) || c >= '0' && c <= '9' || "*_[(+.)".indexOf(c) >= 0) {
                continue;
            }
            return c == 'n' || c == 'N' || c == '—' || c == '–' || c == '暂' || c == '无';
        }
        return true;
    }

    /** A table cell that holds nothing: empty, or a placeholder ("-", "—", "None yet", "*(none)*"). */
    public static boolean isEmptyCell(String cell) {
        return cell == null || cell.isBlank() || cell.strip().equals("-") || isPlaceholder(cell);
    }

    /**
     * A table row that stands in for rows to come: its first cell a placeholder and every other cell empty or one
     * ("| None yet | - | - | - |", "| - | - | - | - |", "| *(none)* | | | |").
     */
    public static boolean isPlaceholderRow(List<String> cells) {
        if (cells.isEmpty() || cells.get(0) == null || cells.get(0).isBlank()) {
            return false;
        }
        String first = cells.get(0).strip();
        if (!first.equals("-") && !isPlaceholder(first)) {
            return false;
        }
        for (String cell : cells) {
            if (!isEmptyCell(cell)) {
                return false;
            }
        }
        return true;
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
