package dev.atomstate.render;

/** The error line of the command-line contract: "atomstate: " and one line that never carries a control character. */
public final class Messages {
    private Messages() {
    }

    private static final int MAX_MESSAGE = 1000;

    /** "atomstate: " + {@link #oneLine(String)}. */
    public static String error(String message) {
        return "atomstate: " + oneLine(message);
    }

    /**
     * The error contract is one line: a message that quotes a hostile argument (a newline, an escape sequence)
     * shows its control characters escaped, never raw; a very long one is cut.
     */
    public static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_MESSAGE));
        for (int i = 0; i < message.length(); i++) {
            if (sb.length() >= MAX_MESSAGE) {
                sb.append("…");
                break;
            }
            char c = message.charAt(i);
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
