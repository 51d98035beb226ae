package dev.atomstate.model;

import java.util.Locale;

/** Where a worklog entry stands, derived from its own wording ("In progress", "✅ Completed", "Blocked"). */
public enum WorklogStatus {
    IN_PROGRESS, COMPLETED, BLOCKED, UNKNOWN;

    /** The id used in JSON and on the command line: {@code in-progress}, {@code completed}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status named {@code id} (as {@link #id()} spells it, case-insensitive), or null. */
    public static WorklogStatus of(String id) {
        for (WorklogStatus s : values()) {
            if (s.id().equalsIgnoreCase(id.strip()) || s.name().equalsIgnoreCase(id.strip())) {
                return s;
            }
        }
        return null;
    }
}
