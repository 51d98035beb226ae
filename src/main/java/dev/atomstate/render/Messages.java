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
        return Safe.text(message, MAX_MESSAGE);
    }

}
