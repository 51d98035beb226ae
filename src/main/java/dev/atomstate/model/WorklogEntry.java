package dev.atomstate.model;

import java.util.List;

/**
 * One entry of a worklog, as the file says it. {@code timestampText} is the timestamp as written;
 * {@code timestamp} the same in ISO-8601 ({@code 2025-11-16T22:49Z}, {@code 2026-05-16T14:14-07:00},
 * {@code 2026-09-09} for a date alone), null when the entry has none we can read; {@code end} the end of a
 * time range ("10:00-11:00 UTC"), else null. Absent text is null, absent lists are empty.
 *
 * @param line    1-based line where the entry starts (its heading or its line)
 * @param other   the entry's other labelled parts (decisions, notes, next steps…), verbatim
 */
public record WorklogEntry(
        int line,
        String timestampText,
        String timestamp,
        String end,
        String objective,
        List<String> steps,
        String results,
        WorklogStatus status,
        List<Part> other) {

    public WorklogEntry {
        steps = List.copyOf(steps);
        other = List.copyOf(other);
    }

    /** A labelled part of an entry kept as written: "Decisions", "Next Steps", "Dev gotchas"… */
    public record Part(String label, String text) {
    }
}
