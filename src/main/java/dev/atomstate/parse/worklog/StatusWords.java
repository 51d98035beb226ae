package dev.atomstate.parse.worklog;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.model.WorklogStatus;

import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Derives an entry's status from its wording. The first status phrase in the text wins, so "In progress —
 * planning complete" is in progress and "Completed core scope. Pending: full test run" is completed.
 */
public final class StatusWords {
    private StatusWords() {
    }

    private static final LazyPattern WORDS = LazyPattern.of(
            "(?<inprogress>\\bin[ -]progress\\b|\\bwip\\b|\\bongoing\\b|\\bpending:|🚧|⏳)"
                    + "|(?<blocked>\\bblocked\\b|\\bblocker\\b|⛔|🚫)"
                    + "|(?<completed>\\bcompleted?\\b|\\bdone\\b|\\bresolved\\b|\\bfinished\\b|\\bfixed\\b|\\bachieved\\b|\\bshipped\\b|✅|✔)");
    private static final LazyPattern NOT_YET = LazyPattern.of("\\bnot (yet )?(started|begun|done|completed?|finished)\\b");

    /** The status the first status phrase in {@code text} names, or UNKNOWN. */
    public static WorklogStatus of(String text) {
        if (text == null || text.isBlank()) {
            return WorklogStatus.UNKNOWN;
        }
        String t = text.toLowerCase(Locale.ROOT).replace("*", "").replace("_", " ");
        Matcher neg = NOT_YET.matcher(t);
        int negAt = neg.find() ? neg.start() : Integer.MAX_VALUE;
        Matcher m = WORDS.matcher(t);
        while (m.find()) {
            if (m.start() > negAt) {
                return WorklogStatus.UNKNOWN;
            }
            if (m.group("inprogress") != null) {
                return WorklogStatus.IN_PROGRESS;
            }
            return m.group("blocked") != null ? WorklogStatus.BLOCKED : WorklogStatus.COMPLETED;
        }
        return WorklogStatus.UNKNOWN;
    }

    /** The words {@code log result --status} puts before a text that does not already say the status. */
    public static String lead(WorklogStatus status) {
        return switch (status) {
            case IN_PROGRESS -> "In progress — ";
            case COMPLETED -> "✅ Completed — ";
            case BLOCKED -> "Blocked — ";
            case UNKNOWN -> "";
        };
    }
}
