package dev.atomstate.parse;

import dev.atomstate.model.StateModel;

import java.util.List;
import java.util.Map;

/**
 * A STATE.md read: the document, the typed model, and the handles that say where each part lives so that a
 * command can replace exactly those characters. Built by {@link StateParser}; immutable.
 */
public record ParsedState(
        String fileName,
        Document doc,
        StateModel model,
        Handles handles,
        List<ParseProblem> problems) {

    public String text() {
        return doc.text();
    }

    /** Where things are. Any handle may be null (or empty) when the file does not have that part. */
    public record Handles(
            Section position,
            Field phase,
            Field plan,
            Field status,
            Field lastActivity,
            Field focus,
            Field milestone,
            Field progress,
            List<ProgressLine.Segment> progressSegments,
            Map<Integer, List<Integer>> chains,
            Field lastSession,
            Field stoppedAt,
            Field resumeFile,
            Field totalPlans,
            Field averageDuration,
            Field totalTime,
            List<MetricTable> metricTables,
            ListBlock decisions,
            TableBlock decisionTable,
            ListBlock todos,
            ListBlock blockers,
            Field nextAction,
            int nextActionLine,
            PositionCompanions companions) {
    }

    /**
     * A section that holds a list (decisions, todos, blockers): its items, and the placeholder lines such as
     * "None yet." (in line order; a hand-edited file may hold more than one).
     */
    public record ListBlock(Section section, List<ListItem> items, List<Integer> placeholderLines) {
        public ListBlock {
            placeholderLines = List.copyOf(placeholderLines);
        }

        /** The first placeholder line (0-based), or -1 when there is none. */
        public int placeholderLine() {
            return placeholderLines.isEmpty() ? -1 : placeholderLines.get(0);
        }
    }

    /**
     * A table holding per-plan metric rows; {@code rows} are the rows that are metrics, in order. A table whose header
     * names Plan and Duration columns but whose only data rows are placeholders ("| None yet | - | - | - |") is one
     * too, with no rows: {@code placeholderRows} are what its first real row replaces.
     */
    public record MetricTable(TableBlock table, List<TableBlock.Row> rows, boolean gsdRows, int durationColumn,
                              List<String> header, List<TableBlock.Row> placeholderRows) {
        public MetricTable(TableBlock table, List<TableBlock.Row> rows, boolean gsdRows, int durationColumn, List<String> header) {
            this(table, rows, gsdRows, durationColumn, header, List.of());
        }
    }
}
