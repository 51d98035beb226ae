package dev.atomstate.parse;

import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.model.StateModel.Item;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists of a STATE.md's sections as {@link StateParser} reads them: a section's top-level items and placeholder
 * lines, its decisions table, the decisions of every decision section, the todo and blocker items.
 */
final class SectionLists {
    private SectionLists() {
    }

    /** The top-level list items of a section (the least-indented ones), and its placeholder lines. */
    static ParsedState.ListBlock listBlock(Document doc, Section section) {
        return listBlock(doc, section, false);
    }

    /** {@code ownLinesOnly}: stop at the section's first subsection heading, where it has one. */
    static ParsedState.ListBlock listBlock(Document doc, Section section, boolean ownLinesOnly) {
        if (section == null) {
            return null;
        }
        String t = doc.text();
        int end = ownLinesOnly ? ownEnd(doc, section) : section.endLine();
        List<ListItem> all = ListItem.scan(doc, section.firstContentLine(), end);
        int minIndent = ListItem.minIndent(all);
        List<ListItem> items = new ArrayList<>();
        java.util.TreeSet<Integer> placeholders = new java.util.TreeSet<>();
        java.util.BitSet itemLines = new java.util.BitSet(); // a big file's decision list is a quarter of a million lines
        for (ListItem item : all) {
            itemLines.set(item.line());
            if (item.indent() != minIndent) {
                continue;
            }
            if (PlaceholderText.isPlaceholder(t, item.text().start(), item.text().end())) {
                placeholders.add(item.line());
                continue;
            }
            items.add(item);
        }
        // every placeholder line, not only the first: --fix deletes them all in one run, so a second run has nothing left
        for (int i = section.firstContentLine(); i < end; i++) {
            if (!itemLines.get(i) && !doc.inFence(i) && !doc.surelyBlank(i)
                    && PlaceholderText.isPlaceholder(t, doc.line(i).start(), doc.line(i).contentEnd())) {
                placeholders.add(i);
            }
        }
        return new ParsedState.ListBlock(section, items, new ArrayList<>(placeholders));
    }

    /** Where a section's own lines end: its first subsection's heading, else its end. */
    static int ownEnd(Document doc, Section section) {
        for (Section s : doc.sections()) {
            if (s.headingLine() > section.headingLine() && s.headingLine() < section.endLine()) {
                return s.headingLine();
            }
        }
        return section.endLine();
    }

    static TableBlock decisionTable(Document doc, Section section) {
        if (section == null) {
            return null;
        }
        for (TableBlock table : TableBlock.scan(doc, section.firstContentLine(), section.endLine())) {
            if (DecisionForms.columns(table.header(doc.text())).text() >= 0) {
                return table;
            }
        }
        return null;
    }

    /** The decisions of every decision section (DecisionSections), without the metrics rows a tool appended to their tables. */
    static List<Decision> allDecisions(Document doc, List<ParsedState.MetricTable> metricTables) {
        java.util.BitSet metricLines = new java.util.BitSet(); // 1-based lines: a set of boxed numbers costs more than the rows
        for (ParsedState.MetricTable mt : metricTables) {
            for (TableBlock.Row r : mt.rows()) {
                metricLines.set(r.line() + 1);
            }
        }
        List<Decision> out = new ArrayList<>();
        for (DecisionSections.Block b : DecisionSections.blocks(doc)) {
            for (Decision d : decisions(doc, b.list(), b.table())) {
                if (!metricLines.get(d.line())) {
                    out.add(d);
                }
            }
        }
        out.sort(Orders.DECISIONS_BY_LINE);
        return out;
    }

    static List<Decision> decisions(Document doc, ParsedState.ListBlock list, TableBlock table) {
        String t = doc.text();
        List<Decision> out = new ArrayList<>();
        if (list != null) {
            for (ListItem item : list.items()) {
                String text = item.text().of(t);
                String[] parts = DecisionForms.split(text);
                out.add(new Decision(parts[0], parts[1], item.line() + 1));
            }
        }
        if (table != null) {
            DecisionForms.Columns columns = DecisionForms.columns(table.header(t));
            int headerCells = table.rows().get(0).cells().size();
            for (TableBlock.Row row : table.dataRows()) {
                // "|| text | why |" under "| Decision | Rationale |": the doubled pipe opens an empty cell, not a column
                int shift = row.cells().size() == headerCells + 1 && row.cell(t, 0).isEmpty() ? 1 : 0;
                String text = row.cell(t, columns.text() < 0 ? -1 : columns.text() + shift);
                if (PlaceholderText.isEmptyCell(text)) {
                    continue;
                }
                String rationale = row.cell(t, columns.rationale() < 0 ? -1 : columns.rationale() + shift);
                out.add(new Decision(row.cell(t, columns.phase() < 0 ? -1 : columns.phase() + shift), text,
                        PlaceholderText.isEmptyCell(rationale) ? null : rationale, row.line() + 1));
            }
        }
        out.sort(Orders.DECISIONS_BY_LINE);
        return out;
    }

    static List<Item> items(Document doc, ParsedState.ListBlock list) {
        List<Item> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        String t = doc.text();
        for (ListItem item : list.items()) {
            String text = item.text().of(t);
            boolean done = item.checkbox() != null && (item.checkbox() == 'x' || item.checkbox() == 'X')
                    || text.startsWith("~~") && text.endsWith("~~") && text.length() > 4;
            out.add(new Item(text, item.line() + 1, done));
        }
        return out;
    }
}
