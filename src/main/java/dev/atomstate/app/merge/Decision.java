package dev.atomstate.app.merge;

/**
 * One thing the merge decided, for the one-line-per-field explanation: the part ("status", "decisions"), the outcome
 * ("theirs", "ours", "union", "recomputed", "conflict") and why, in words.
 */
public record Decision(String part, String outcome, String detail) {
}
