package dev.atomstate.app;

import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.MetricCells;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.TableBlock;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends a per-plan metrics row at the end of the table that holds them, built from that table's last
 * row: each cell keeps its padding, and values are spelled like their neighbours ("7" or "7min",
 * "2 tasks" or "2").
 */
final class MetricRowWriter {
    private MetricRowWriter() {
    }

    static void append(ParsedState ps, PlanId id, double minutes, Integer tasks, Integer files, ZonedDateTime now,
                       List<TextEdit> edits, List<String> notes) {
        List<ParsedState.MetricTable> tables = ps.handles().metricTables();
        if (tables.isEmpty()) {
            notes.add("no metrics row written: the file has no per-plan metrics table");
            return;
        }
        ParsedState.MetricTable target = tables.get(tables.size() - 1);
        for (ParsedState.MetricTable t : tables) {
            if (t.gsdRows() || t.rows().isEmpty() && !target.gsdRows() && target.rows().isEmpty()) {
                target = t;
            }
        }
        Document doc = ps.doc();
        String text = ps.text();
        boolean first = target.rows().isEmpty();
        // a table still holding only its placeholder row: that row is the template, and the new row takes its place
        TableBlock.Row template = first ? target.placeholderRows().get(0) : target.rows().get(target.rows().size() - 1);
        List<String> values = new ArrayList<>();
        for (int c = 0; c < template.cells().size(); c++) {
            String old = first ? null : template.cell(text, c);
            values.add(cellValue(target, c, old, id, minutes, tasks, files, now));
        }
        String line = render(doc, template, values);
        String note = "metrics row for " + id + " (" + Styles.minutesLike(Durations.form(null), minutes) + ")";
        if (first) {
            var placeholder = doc.line(template.line());
            edits.add(new TextEdit(placeholder.start(), placeholder.contentEnd(), line, "metrics row for " + id));
            for (TableBlock.Row r : target.placeholderRows().subList(1, target.placeholderRows().size())) {
                edits.add(new TextEdit(doc.line(r.line()).start(), doc.line(r.line()).end(), "", "placeholder row deleted"));
            }
            notes.add(note + " in place of the placeholder row '" + placeholder.content().strip() + "'");
            return;
        }
        int lastLine = target.table().endLine() - 1;
        int at = doc.line(lastLine).end();
        String nl = doc.newlineNear(lastLine);
        String insert = doc.line(lastLine).terminator(text).isEmpty() ? nl + line : line + nl;
        edits.add(TextEdit.insert(at, insert, "metrics row for " + id));
        notes.add(note);
    }

    /**
     * Cell {@code column} of the new row, spelled like {@code old}, the same cell of the row above (null when the new
     * row replaces a placeholder: GSD's own spelling then, "Phase 01 P01", "12 min", "3 tasks").
     */
    private static String cellValue(ParsedState.MetricTable table, int column, String old, PlanId id, double minutes,
                                    Integer tasks, Integer files, ZonedDateTime now) {
        if (table.gsdRows()) {
            return switch (column) {
                case 0 -> gsdId(old, id);
                case 1 -> Styles.minutesLike(Durations.form(old), minutes);
                case 2 -> count(old, tasks, "tasks");
                case 3 -> count(old, files, "files");
                default -> "-";
            };
        }
        String header = column < table.header().size() ? table.header().get(column) : "";
        boolean phaseColumn = table.header().contains("phase");
        if (header.equals("phase")) {
            return old != null && old.startsWith("Phase") ? "Phase " + id.phase() : id.phase();
        }
        if (header.equals("plan")) {
            if (old == null) {
                return phaseColumn ? id.plan() : id.toString();
            }
            return MetricCells.hasPlanId(old) ? id.toString() : old.startsWith("P") ? "P" + id.plan() : id.plan();
        }
        if (column == table.durationColumn()) {
            return Styles.minutesLike(old == null ? Durations.Form.SPACED_MIN : Durations.form(old), minutes);
        }
        if (header.startsWith("task")) {
            return count(old, tasks, "tasks");
        }
        if (header.startsWith("file")) {
            return count(old, files, "files");
        }
        if (header.contains("date") || header.contains("completed") || header.equals("when")) {
            return Styles.date(now);
        }
        return "-";
    }

    /** "Phase 2 P1" after "Phase 2 P1", "Phase 02 P01" after "Phase 01 P03": the numbers padded like the row above. */
    private static String gsdId(String old, PlanId id) {
        MetricCells.GsdId form = MetricCells.gsdId(old);
        if (form == null) {
            return "Phase " + id.phase() + " P" + id.plan();
        }
        return "Phase " + Styles.numberLike(form.phase(), id.phase()) + " P" + Styles.numberLike(form.plan(), id.plan());
    }

    /** "3 tasks" or "3", like the neighbour; "-" when unknown. */
    private static String count(String example, Integer n, String unit) {
        if (n == null) {
            return "-";
        }
        String word = MetricCells.countWord(example);
        if (word != null) {
            if (n == 1 && word.endsWith("s")) {
                word = word.substring(0, word.length() - 1);
            } else if (n != 1 && !word.endsWith("s")) {
                word = word + "s";
            }
            return n + " " + word;
        }
        return Integer.toString(n);
    }

    /** The template row with each cell's content replaced; padding is kept, widened cells are not truncated. */
    private static String render(Document doc, TableBlock.Row template, List<String> values) {
        String text = doc.text();
        var line = doc.line(template.line());
        StringBuilder sb = new StringBuilder();
        int pos = line.start();
        for (int c = 0; c < template.cells().size(); c++) {
            Span raw = template.rawCells().get(c);
            Span cell = template.cells().get(c);
            String value = UserText.cell(values.get(c));
            sb.append(text, pos, raw.start());
            if (cell.length() == 0) {
                sb.append(' ').append(value).append(' ');
            } else {
                sb.append(text, raw.start(), cell.start()).append(value);
                int pad = cell.length() - value.codePointCount(0, value.length());
                String trailing = text.substring(cell.end(), raw.end());
                if (pad > 0 && trailing.length() > 1) {
                    sb.append(" ".repeat(pad));
                }
                sb.append(trailing);
            }
            pos = raw.end();
        }
        sb.append(text, pos, line.contentEnd());
        return sb.toString();
    }
}
