package dev.atomstate.parse;

/**
 * Runs of whitespace as a regex's {@code \s} sees it (space, tab, line feed, vertical tab, form feed, carriage
 * return), for the keys that compare texts loosely (decisions, field names): a big file asks it of every item,
 * so it is done without a regex and without a copy when there is nothing to collapse.
 */
public final class Whitespace {
    private Whitespace() {
    }

    /** {@code s.replaceAll("\\s+", " ")}. */
    public static String collapse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && (s.charAt(i) != ' ' || i + 1 < n && !Chars.isRegexSpace(s.charAt(i + 1))) && !tabOrBreak(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isRegexSpace(c)) {
                b.append(' ');
                while (i < n && Chars.isRegexSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean tabOrBreak(char c) {
        return c >= '\t' && c <= '\r';
    }
}
