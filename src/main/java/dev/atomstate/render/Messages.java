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

    /**
     * The line for a JVM that ran out of heap or stack: which file it was working on (when known), whether anything was
     * written, and how to give it more. Built from short strings only: it runs right after an OutOfMemoryError.
     */
    public static String fatal(Error e, String file, boolean wrote, long maxHeapBytes) {
        boolean heap = e instanceof OutOfMemoryError;
        String what = heap ? "not enough memory (the JVM may use " + maxHeapBytes / (1024 * 1024) + " MB)"
                : "nested too deeply for the JVM's stack";
        String where = file == null ? "" : file + ": ";
        return error(where + what + (file == null ? "" : " to read this file") + "; "
                + (wrote ? "a file may have been written before it happened, check it" : "nothing was written") + "; "
                + (heap ? "give it more with ATOMSTATE_JAVA_OPTS=-Xmx1g" : "give it a larger stack with ATOMSTATE_JAVA_OPTS=-Xss64m"));
    }
}
