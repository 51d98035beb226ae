package dev.atomstate.check;

/** One finding: which rule, how bad, where (1-based line and column), and a message that says how to fix it. */
public record Diagnostic(String rule, Severity severity, String file, int line, int column, String message) {
}
