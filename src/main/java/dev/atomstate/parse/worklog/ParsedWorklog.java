package dev.atomstate.parse.worklog;

import dev.atomstate.model.WorklogEntry;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParseProblem;

import java.util.List;

/**
 * A worklog read: the document, its entries in file order with where they are, the layout they follow, and
 * what could not be read (each with a line).
 */
public record ParsedWorklog(String fileName, Document doc, Layout layout, List<ParsedEntry> entries, List<ParseProblem> problems) {

    public String text() {
        return doc.text();
    }

    public List<WorklogEntry> model() {
        return entries.stream().map(ParsedEntry::entry).toList();
    }

    /** How entries are marked. */
    public enum Kind {
        /** a heading per entry, the timestamp in it ("## 2025-11-16 22:49 UTC", "## 07.04.2025 - Beginn") */
        HEADINGS,
        /** date headings with the entries as time sub-headings ("### Morning Session (09:00-10:00 UTC)") */
        TIME_SUBHEADINGS,
        /** one line per entry, fields separated by " | " */
        PIPE_LINES,
        /** a label line per entry that is not a heading ("Entry 10/22/24:") */
        LABEL_LINES,
        /** no entries found */
        NONE
    }

    /**
     * @param level       heading level of entries (HEADINGS, TIME_SUBHEADINGS), else 0
     * @param newestFirst true when the file puts its newest entry at the top
     * @param gap         the lines between two entries (after one entry's last content line up to the next one's
     *                    first line) as the file writes them, LF-terminated; "\n" when the file shows none
     */
    public record Layout(Kind kind, int level, boolean newestFirst, String gap) {
    }
}
