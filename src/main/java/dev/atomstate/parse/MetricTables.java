package dev.atomstate.parse;

import dev.atomstate.model.StateModel.MetricRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-plan metric rows: GSD's headerless "| Phase 35 P02 | 7 | 2 tasks | 2 files |" rows (wherever they were
 * appended), and rows of tables whose header has a Plan and a Duration column. "By Phase" tables
 * ("| Phase | Plans | Total | Avg/Plan |") are not per-plan metrics.
 */
final class MetricTables {
    private MetricTables() {
    }

    private static final Pattern GSD_METRIC = Pattern.compile("^Phase\\s+(\\S+?)\\s+P(\\S+)$");

    static List<MetricRow> read(Document doc, List<ParsedState.MetricTable> tables) {
        String t = doc.text();
        List<MetricRow> rows = new ArrayList<>();
        for (TableBlock table : TableBlock.scan(doc, doc.bodyStartLine(), doc.lineCount())) {
            List<String> header = table.header(t);
            int planCol = header.indexOf("plan");
            int phaseCol = header.indexOf("phase");
            int durationCol = indexOfAny(header, "duration", "time", "mins", "minutes");
            boolean headerMetrics = planCol >= 0 && durationCol >= 0;
            List<TableBlock.Row> metricRows = new ArrayList<>();
            boolean gsd = false;
            for (TableBlock.Row row : table.dataRows()) {
                String first = row.cell(t, 0);
                Matcher m = first == null ? null : GSD_METRIC.matcher(first);
                if (m != null && m.matches()) {
                    String phase = leadingNumber(m.group(1));
                    String plan = m.group(2);
                    Matcher full = Pattern.compile("(\\d+(?:\\.\\d+)*)-(\\d+)").matcher(plan);
                    if (full.matches()) {
                        phase = full.group(1);
                        plan = full.group(2);
                    }
                    if (phase == null || !plan.matches("\\d+")) {
                        continue;
                    }
                    String duration = row.cell(t, 1);
                    rows.add(new MetricRow(phase, plan, duration, Durations.minutes(duration), count(row.cell(t, 2)),
                            count(row.cell(t, 3)), row.line() + 1));
                    metricRows.add(row);
                    gsd = true;
                } else if (headerMetrics) {
                    String planCell = row.cell(t, planCol);
                    String phaseCell = phaseCol >= 0 ? row.cell(t, phaseCol) : null;
                    String phase = null;
                    String plan = null;
                    Matcher id = planCell == null ? null : Pattern.compile("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)-(\\d+)\\b.*").matcher(planCell);
                    if (id != null && id.matches()) {
                        phase = id.group(1);
                        plan = id.group(2);
                    } else if (planCell != null && planCell.matches("P?\\d+") && phaseCell != null) {
                        phase = leadingNumber(phaseCell);
                        plan = planCell.replace("P", "");
                    }
                    if (phase == null || plan == null) {
                        continue;
                    }
                    String duration = row.cell(t, durationCol);
                    rows.add(new MetricRow(phase, plan, duration, Durations.minutes(duration),
                            count(row.cell(t, header.indexOf("tasks"))), count(row.cell(t, header.indexOf("files"))),
                            row.line() + 1));
                    metricRows.add(row);
                }
            }
            if (!metricRows.isEmpty()) {
                tables.add(new ParsedState.MetricTable(table, metricRows, gsd, gsd ? 1 : durationCol, header));
            } else if (headerMetrics && !table.dataRows().isEmpty() && table.dataRows().stream().allMatch(r -> placeholderRow(t, r))) {
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
        Matcher m = Pattern.compile("^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)").matcher(s.strip());
        return m.find() ? m.group(1) : null;
    }

    private static Integer count(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(\\d+)(?:\\s+\\w+)?$").matcher(cell.strip());
        return m.matches() ? Integer.valueOf(m.group(1).length() > 9 ? "0" : m.group(1)) : null;
    }
}
