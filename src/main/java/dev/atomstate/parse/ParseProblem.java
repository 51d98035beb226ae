package dev.atomstate.parse;

/** Something the parser could not understand, reported by check under {@code rule}; line is 1-based. */
public record ParseProblem(String rule, int line, int column, String message) {
}
