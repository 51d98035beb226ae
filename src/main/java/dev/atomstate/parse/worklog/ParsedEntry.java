package dev.atomstate.parse.worklog;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.Span;

/**
 * An entry and where it lives: its first line, its last line with content (before blank lines and
 * {@code ---} separators), the timestamp found in its first line, and where its parts are, so that a
 * command can splice exactly there.
 *
 * @param firstLine       0-based line of the heading or the entry's line
 * @param lastContentLine 0-based last line of the entry that is not blank and not a separator
 * @param timestamp       null when the entry has none we can read
 * @param titleSpan       the title in the heading after the timestamp ("— Thumbwheel glow…"), or null
 * @param labels          how the entry labels its parts, for writing new ones alike; null parts absent
 * @param results         the results value (after "**Results**: " up to its last line), or null
 * @param resultsLine     0-based line of the results label, or -1
 */
public record ParsedEntry(WorklogEntry entry, int firstLine, int lastContentLine, Timestamp timestamp,
                          Span titleSpan, Labels labels, Span results, int resultsLine) {

    /**
     * The text before each kind of value on its label line, as written ("- **Task Objective**: "); how steps
     * are indented and marked ("1." or "1)" numbered, else the bullet "-", "*", "+").
     */
    public record Labels(String objective, String plan, String stepIndent, String stepMarker, String results) {
        /** The seed's own labels: what a new worklog, or an entry without labels to copy, is written with. */
        public static final Labels SEED = new Labels("- **Task Objective**: ", "- **Step-by-Step Plan**:", "  ", "1.", "- **Results**: ");

        public boolean any() {
            return objective != null || plan != null || results != null;
        }
    }
}
