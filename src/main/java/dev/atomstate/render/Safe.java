package dev.atomstate.render;

/**
 * File text and user input on their way to a terminal: line breaks, control characters (escape sequences),
 * line and paragraph separators and bidirectional overrides are shown escaped, never sent, because a state file
 * comes from an untrusted repository and an error message must stay one line.
 */
public final class Safe {
    private Safe() {
    }

    /**
     * Text of several lines (a diff, a worklog part) on its way to a terminal: each line as {@link #text(String)}, the
     * line breaks kept ({@code \r\n} too: a line ending, not a carriage return that overwrites the line). A lone CR ends
     * a line of an old Mac file: it is shown as the line break it is, "\n", never sent raw.
     */
    public static String lines(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                boolean crlf = i > from && s.charAt(i - 1) == '\r';
                sb.append(text(s.substring(from, crlf ? i - 1 : i))).append(crlf ? "\r\n" : "\n");
                from = i + 1;
            } else if (c == '\r' && (i + 1 == n || s.charAt(i + 1) != '\n')) {
                sb.append(text(s.substring(from, i))).append('\n');
                from = i + 1;
            }
        }
        sb.append(text(s.substring(from)));
        return sb.toString();
    }

    public static String text(String s) {
        return text(s, Integer.MAX_VALUE);
    }

    /** At most {@code max} characters of output, then "…". */
    public static String text(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length(); i++) {
            if (sb.length() >= max) {
                sb.append("…");
                break;
            }
            char c = s.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == '\u2028' || c == '\u2029'
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
