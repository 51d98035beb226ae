package dev.atomstate.parse;


/**
 * The words a status is written with, in the frontmatter ("completed", "executing", "planning") and in the body's
 * Status line ("Complete", "In progress", "Ready to plan"), and the values that mean "none" ("—", "n/a", "TBD").
 * (A worklog entry's status words are parse.worklog.StatusWords.)
 */
public final class StatusWords {
    private StatusWords() {
    }

    private static final LazyPattern FINISHED = LazyPattern.of("(?i)completed?|done|finished|shipped");
    private static final LazyPattern DONE_STATUS = LazyPattern.of("(?i)^(complete|completed|done|archived|shipped|delivered)$");
    private static final LazyPattern ACTIVE_STATUS = LazyPattern.of("(?i)^(executing|in[ _-]progress|planning|ready[ _-]to[ _-](plan|execute)|active)$");
    private static final LazyPattern PLACEHOLDER = LazyPattern.of("(?i)^(|—|-|~|none|null|n/a|tbd)$");
    private static final LazyPattern BODY_DONE = LazyPattern.of("(?i)^(complete|completed|done)\\.?$");
    private static final LazyPattern BODY_ACTIVE = LazyPattern.of("(?i)^(executing|in progress|ready to (plan|execute))\\b.*");

    /** The frontmatter status of a finished phase, which a new phase replaces: "completed", "done", "finished", "shipped". */
    public static boolean frontmatterFinished(String s) {
        return FINISHED.matcher(s).matches();
    }

    public static boolean frontmatterDone(String s) {
        return DONE_STATUS.matcher(s).matches();
    }

    public static boolean frontmatterActive(String s) {
        return ACTIVE_STATUS.matcher(s).matches();
    }

    /** "", "—", "-", "~", "none", "null", "n/a", "tbd": a value that says there is nothing. */
    public static boolean isNone(String s) {
        return PLACEHOLDER.matcher(s).matches();
    }

    public static boolean bodyDone(String s) {
        return BODY_DONE.matcher(s).matches();
    }

    public static boolean bodyActive(String s) {
        return BODY_ACTIVE.matcher(s).matches();
    }
}
