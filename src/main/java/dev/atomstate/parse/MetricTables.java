package dev.atomstate.parse;

import dev.atomstate.model.StateModel.MetricRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Per-plan metric rows: GSD's headerless "| Phase 35 P02 | 7 | 2 tasks | 2 files |" rows (wherever they were
 * appended), and rows of tables whose header has a Plan and a Duration column. "By Phase" tables
 * ("| Phase | Plans | Total | Avg/Plan |") are not per-plan metrics.
 */
final class MetricTables {
    private MetricTables() {
    }

    private static final LazyPattern GSD_METRIC = LazyPattern.of("^Phase\\s+(\\S+?)\\s+P(\\S+)$");
    private static final LazyPattern FULL_ID = LazyPattern.of("(\\d+(?:\\.\\d+)*)-(\\d+)");
    private static final LazyPattern PLAN_CELL_ID = LazyPattern.of("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)-(\\d+)\\b.*");
    private static final LazyPattern PLAN_CELL_NUMBER = LazyPattern.of("P?\\d+");
    private static final LazyPattern LEADING_NUMBER = LazyPattern.of("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)");

    static List<MetricRow> read(Document doc, List<ParsedState.MetricTable> tables) {
        String t = doc.text();
        List<MetricRow> rows = new ArrayList<>();
        StringPool pool = new StringPool();
        for (TableBlock table : doc.tables()) {
            List<String> header = table.header(t);
            int planCol = header.indexOf("plan");
            int phaseCol = header.indexOf("phase");
            int durationCol = indexOfAny(header, "duration", "time", "mins", "minutes");
            boolean headerMetrics = planCol >= 0 && durationCol >= 0;
            List<TableBlock.Row> metricRows = new ArrayList<>();
            boolean gsd = false;
            for (TableBlock.Row row : table.dataRows()) {
                String first = row.cell(t, 0);
                String[] phasePlan = first == null ? null : gsdPhasePlan(first);
                if (phasePlan != null) {
                    String phase = leadingNumber(phasePlan[0]);
                    String plan = phasePlan[1];
                    if (plan.indexOf('-') >= 0) {
                        Matcher full = FULL_ID.matcher(plan);
                        if (full.matches()) {
                            phase = full.group(1);
                            plan = full.group(2);
                        }
                    }
                    if (phase == null || !allDigits(plan)) {
                        continue;
                    }
                    String duration = row.cell(t, 1);
                    rows.add(new MetricRow(pool.of(phase), pool.of(plan), pool.of(duration), pool.of(Durations.minutes(duration)),
                            count(row.cell(t, 2)), count(row.cell(t, 3)), row.line() + 1));
                    metricRows.add(row);
                    gsd = true;
                } else if (headerMetrics) {
                    String planCell = row.cell(t, planCol);
                    String phaseCell = phaseCol >= 0 ? row.cell(t, phaseCol) : null;
                    String phase = null;
                    String plan = null;
                    Matcher id = planCell == null ? null : PLAN_CELL_ID.matcher(planCell);
                    if (id != null && id.matches()) {
                        phase = id.group(1);
                        plan = id.group(2);
                    } else if (planCell != null && PLAN_CELL_NUMBER.matcher(planCell).matches() && phaseCell != null) {
                        phase = leadingNumber(phaseCell);
                        plan = planCell.replace("P", "");
                    }
                    if (phase == null || plan == null) {
                        continue;
                    }
                    String duration = row.cell(t, durationCol);
                    rows.add(new MetricRow(pool.of(phase), pool.of(plan), pool.of(duration), pool.of(Durations.minutes(duration)),
                            count(row.cell(t, header.indexOf("tasks"))), count(row.cell(t, header.indexOf("files"))),
                            row.line() + 1));
                    metricRows.add(row);
                }
            }
            if (!metricRows.isEmpty()) {
                tables.add(new ParsedState.MetricTable(table, metricRows, gsd, gsd ? 1 : durationCol, header));
            } else if (headerMetrics && !table.dataRows().isEmpty() && allPlaceholderRows(t, table.dataRows())) {
                // the template's "| None yet | - | - | - |": a metrics table still waiting for its first row
                tables.add(new ParsedState.MetricTable(table, List.of(), false, durationCol, header, table.dataRows()));
            }
        }
        return rows;
    }

    private static boolean placeholderRow(String text, TableBlock.Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            cells.add(row.cell(text, c));
        }
        return PlaceholderText.isPlaceholderRow(cells);
    }

    static int indexOfAny(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            for (String n : names) {
                if (header.get(i).equals(n) || header.get(i).startsWith(n + " ")) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String leadingNumber(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        int end = leadingPhaseNumberEnd(t, 0);
        if (end > 0) {
            return t.substring(0, end); // the common case, without the regex: digits and dots right at the start
        }
        Matcher m = LEADING_NUMBER.matcher(t);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The end of {@code \d+(?:\.\d+)*} matched greedily at {@code from}, or -1 when {@code from} is not an ASCII
     * digit: a dot counts only with a digit after it.
     */
    private static int leadingPhaseNumberEnd(String t, int from) {
        int i = from;
        while (i < t.length() && Chars.isDigit(t.charAt(i))) {
            i++;
        }
        if (i == from) {
            return -1;
        }
        while (i + 1 < t.length() && t.charAt(i) == '.' && Chars.isDigit(t.charAt(i + 1))) {
            i += 2;
            while (i < t.length() && Chars.isDigit(t.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /**
     * {@code GSD_METRIC}'s two groups, "Phase 35 P02" → {"35", "02"}: three words apart by {@code \s}, the first
     * "Phase", the last "P" and more. Null when the cell is not one.
     */
    static String[] gsdPhasePlan(String cell) {
        if (!cell.startsWith("Phase") || cell.length() < 6 || !Chars.isRegexSpace(cell.charAt(5))) {
            return null;
        }
        int i = 6;
        while (i < cell.length() && Chars.isRegexSpace(cell.charAt(i))) {
            i++;
        }
        int phaseStart = i;
        while (i < cell.length() && !Chars.isRegexSpace(cell.charAt(i))) {
            i++;
        }
        int phaseEnd = i;
        while (i < cell.length() && Chars.isRegexSpace(cell.charAt(i))) {
            i++;
        }
        int planStart = i;
        while (i < cell.length() && !Chars.isRegexSpace(cell.charAt(i))) {
            i++;
        }
        if (phaseEnd == phaseStart || planStart == phaseEnd || i != cell.length() || i - planStart < 2 || cell.charAt(planStart) != 'P') {
            return null;
        }
        return new String[] {cell.substring(phaseStart, phaseEnd), cell.substring(planStart + 1)};
    }

    static Integer count(String cell) {
        if (cell == null) {
            return null;
        }
        String c = cell.strip();
        // ^(\d+)(?:\s+\w+)?$ by hand (HandReadFormsTest holds it to the regex): digits, then maybe spaces and one word
        int digits = 0;
        while (digits < c.length() && Chars.isDigit(c.charAt(digits))) {
            digits++;
        }
        if (digits == 0) {
            return null;
        }
        int i = digits;
        if (i < c.length()) {
            if (!Chars.isRegexSpace(c.charAt(i))) {
                return null;
            }
            while (i < c.length() && Chars.isRegexSpace(c.charAt(i))) {
                i++;
            }
            int word = i;
            while (i < c.length() && isWordChar(c.charAt(i))) {
                i++;
            }
            if (i == word || i != c.length()) {
                return null;
            }
        }
        return Integer.valueOf(digits > 9 ? "0" : c.substring(0, digits));
    }

    private static boolean allPlaceholderRows(String t, List<TableBlock.Row> rows) {
        for (TableBlock.Row r : rows) {
            if (!placeholderRow(t, r)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String s) {
        return dev.atomstate.model.Digits.isAll(s);
    }


    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || Chars.isDigit(c) || c == '_';
    }

}
