package dev.atomstate.testing;

import java.util.regex.Pattern;

/**
 * Whether output shows a Java failure: a stack frame or a qualified exception class name. Planning files
 * themselves mention exceptions ("HTTPException checks removed"), and messages may quote them, so the bare
 * word is no sign of a crash.
 */
public final class JavaTrace {
    private JavaTrace() {
    }

    private static final Pattern TRACE = Pattern.compile(
            "(?m)^\\s+at [\\w.$]+\\(|\\b(?:java|javax|jdk|sun|com\\.fasterxml|org\\.yaml|picocli|dev\\.atomstate)\\.[\\w.$]*(?:Exception|Error)\\b");

    public static boolean in(String output) {
        return TRACE.matcher(output).find();
    }
}
