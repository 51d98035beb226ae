package dev.atomstate.app;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Span;

/** Where a state file records its milestone, for code outside this package (the merge): see {@link Milestones}. */
public final class MilestoneRecords {
    private MilestoneRecords() {
    }

    /** The milestone the file is in ("2.0"; null when it names none), read as milestone start reads it. */
    public static String current(ParsedState ps) {
        return Milestones.current(ps);
    }

    /** The value of the "*Milestone: v2.0 Name*" footer line, or null. */
    public static Span footer(ParsedState ps) {
        return Milestones.footer(ps);
    }
}
