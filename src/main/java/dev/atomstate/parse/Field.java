package dev.atomstate.parse;

import java.util.Locale;

/**
 * A "Key: value" line in one of the ways people write it: {@code Phase: 3}, {@code **Phase:** 3},
 * {@code **Phase**: 3}, each optionally behind a bullet or a blockquote marker. {@code value} is the
 * value's span without trailing spaces, so that replacing it keeps hard-break spaces and the line ending.
 */
public record Field(String key, int line, Span keySpan, Span value, Style style, String prefix) {
    public enum Style { PLAIN, BOLD_INSIDE, BOLD_OUTSIDE }

    /** Lower-case key with single spaces: "Last Activity" → "last activity". */
    public String normalizedKey() {
        return normalizeKey(key);
    }

    public static String normalizeKey(String key) {
        return Whitespace.collapse(key.strip()).toLowerCase(Locale.ROOT);
    }


    public String value(String text) {
        return value.of(text);
    }

    /** Parses one line; null when it is not a field. {@code lineStart} is the line's offset in the text. */
    public static Field parse(String content, int lineIndex, int lineStart) {
        int i = 0;
        while (i < content.length() && i < 8 && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        if (i < content.length() && content.charAt(i) == '>') {
            i++;
            while (i < content.length() && content.charAt(i) == ' ') {
                i++;
            }
        }
        if (i + 1 < content.length() && (content.charAt(i) == '-' || content.charAt(i) == '*' || content.charAt(i) == '+')
                && content.charAt(i + 1) == ' ') {
            i += 2;
            while (i < content.length() && content.charAt(i) == ' ') {
                i++;
            }
        }
        if (content.startsWith("**", i) || content.startsWith("__", i)) {
            String mark = content.substring(i, i + 2);
            int close = content.indexOf(mark, i + 2);
            if (close < 0) {
                return null;
            }
            String inner = content.substring(i + 2, close);
            int after = close + 2;
            Style style;
            String key;
            int keyEnd;
            if (inner.endsWith(":")) {
                style = Style.BOLD_INSIDE;
                key = inner.substring(0, inner.length() - 1);
                keyEnd = i + 2 + key.length();
            } else if (after < content.length() && content.charAt(after) == ':') {
                style = Style.BOLD_OUTSIDE;
                key = inner;
                keyEnd = close;
                after++;
            } else {
                return null;
            }
            if (!isKey(key)) {
                return null;
            }
            return make(content, lineIndex, lineStart, key, i + 2, keyEnd, after, style, content.substring(0, i));
        }
        int colon = content.indexOf(':', i);
        if (colon <= i) {
            return null;
        }
        if (colon + 1 < content.length() && content.charAt(colon + 1) != ' ' && content.charAt(colon + 1) != '\t') {
            return null;
        }
        // the key is copied only once it is one: most lines with a colon are not fields
        if (content.charAt(colon - 1) == ' ' || !isKey(content, i, colon)) {
            return null;
        }
        return make(content, lineIndex, lineStart, content.substring(i, colon), i, colon, colon + 1, Style.PLAIN,
                i == 0 ? "" : content.substring(0, i));
    }

    private static Field make(String content, int lineIndex, int lineStart, String key, int keyStart, int keyEnd,
                              int afterColon, Style style, String prefix) {
        int v = afterColon;
        while (v < content.length() && (content.charAt(v) == ' ' || content.charAt(v) == '\t')) {
            v++;
        }
        int end = content.length();
        while (end > v && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return new Field(key.strip(), lineIndex, new Span(lineStart + keyStart, lineStart + keyEnd),
                new Span(lineStart + v, lineStart + end), style, prefix);
    }

    /** A field name: a few words of letters, digits and light punctuation, starting with a letter. */
    private static boolean isKey(String key) {
        return isKey(key, 0, key.length());
    }

    /** {@link #isKey(String)} of {@code s[from, to)}, without copying it. */
    private static boolean isKey(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        if (to == from || to - from > 40 || !Character.isLetter(s.codePointAt(from))) {
            return false;
        }
        int words = 1;
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            if (c == ' ') {
                words++;
            } else if (!(Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '(' || c == ')' || c == '.'
                    || c == '&' || c == '\'' || Character.isSurrogate(c))) {
                return false;
            }
        }
        return words <= 5;
    }
}
