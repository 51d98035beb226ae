package dev.atomstate.parse;

/**
 * Small character scans the line readers share, over a {@link Line} or any other {@link CharSequence}, so that a
 * reader can decide whether a line is worth a closer look without copying it. Whitespace is what
 * {@link String#strip()} strips ({@link Character#isWhitespace(int)}); none of it is outside the BMP.
 */
final class Chars {
    private Chars() {
    }

    /** The index of the first character that is not whitespace, or {@code s.length()} for a blank text. */
    static int firstNonBlank(CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The length of {@code s} without its trailing whitespace: {@code s.toString().stripTrailing().length()}. */
    static int strippedEnd(CharSequence s) {
        if (s instanceof Line line) {
            return line.strippedEnd(); // on the text itself: no call through CharSequence a char
        }
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The first {@code c} in {@code s} at or after {@code from}, or -1. */
    static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof Line line) {
            return line.indexOf(c, from);
        }
        for (int i = Math.max(from, 0), n = s.length(); i < n; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} has {@code prefix} at {@code at}. */
    static boolean startsWith(CharSequence s, String prefix, int at) {
        if (at < 0 || at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code \\s} of a regex: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code [0-9]}, a regex's {@code \\d}. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A char a regex's {@code .} does not match, nor {@code $} passes: \n, \r, \u0085, \u2028, \u2029. */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean hasLineBreak(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isLineBreak(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code s} starts with the lower-case ASCII {@code word} in any case, as (?i) compares without UNICODE_CASE. */
    static boolean startsWithIgnoringCase(CharSequence s, String word) {
        if (s.length() < word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((s.charAt(k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
