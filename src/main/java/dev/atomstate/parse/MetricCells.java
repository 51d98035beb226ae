package dev.atomstate.parse;

import java.util.regex.Matcher;

/** How a per-plan metrics row writes its cells, so that a new row can be written like its neighbour. */
public final class MetricCells {
    private MetricCells() {
    }

    private static final LazyPattern PLAN_ID = LazyPattern.of(".*\\d+-\\d+.*");
    private static final LazyPattern COUNT_WORD = LazyPattern.of("\\d+\\s+(\\w+)");

    private static final LazyPattern GSD_ID = LazyPattern.of("^(Phase\\s+)(\\d+(?:\\.\\d+)*)(\\S*?)(\\s+P)(\\d+)$");

    /**
     * How a GSD metrics row spells its id, "Phase 2 P1", "Phase 02 P01", "Phase 39-retention-policies P01": the phase
     * number as written, whatever follows it (a slug), and the plan number as written; null for another cell.
     */
    public record GsdId(String phase, String slug, String plan) {
    }

    public static GsdId gsdId(String cell) {
        Matcher m = cell == null ? null : GSD_ID.matcher(cell.strip());
        return m != null && m.matches() ? new GsdId(m.group(2), m.group(3), m.group(5)) : null;
    }

    /** A plan cell that writes the whole id ("35-02", "Phase 35-02") rather than the plan number alone. */
    public static boolean hasPlanId(String cell) {
        return cell != null && PLAN_ID.matcher(cell).matches();
    }

    /** The word after a count ("3 tasks" → "tasks"), or null when the cell is not a count with a word. */
    public static String countWord(String cell) {
        Matcher m = cell == null ? null : COUNT_WORD.matcher(cell);
        return m != null && m.matches() ? m.group(1) : null;
    }
}
