package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.TableBlock;

import java.util.HashSet;
import java.util.Set;

/**
 * Tables that do not render as the writer meant: a data row with another number of cells than the header (extra
 * cells are dropped, missing ones shown empty), a separator row below the data, or rows with no header at all
 * (rendered as a paragraph of pipes). GSD's own headerless per-plan metric rows are its convention, not a mistake.
 */
public final class TableShape implements Rule {
    @Override
    public String id() {
        return "table-shape";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "table rows outside a table, wrong cell counts, or a separator row out of place";
    }

    @Override
    public String explanation() {
        return "A table that does not render as its writer meant: a row with another number of cells than its "
                + "header (extra cells are dropped, missing ones shown empty), a separator row below the data, or "
                + "rows with no header at all (shown as a paragraph of pipes). GSD's headerless per-plan metric "
                + "rows are its convention and are allowed.";
    }

    @Override
    public String fix() {
        return "Give the row the header's number of cells (escape a '|' inside a cell as '\\|'), move or delete "
                + "the separator, or join loose rows to the table above.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        String text = state.text();
        Set<Integer> gsdRowBlocks = new HashSet<>();
        for (ParsedState.MetricTable t : state.handles().metricTables()) {
            if (!t.table().hasHeader()) {
                gsdRowBlocks.add(t.table().startLine());
            }
        }
        for (TableBlock table : state.doc().tables()) {
            if (!table.hasHeader()) {
                TableBlock.Row first = table.rows().get(0);
                if (first.separator()) {
                    out.add(first.line() + 1, 1, "separator row without a header row above it; add the header or delete the separator");
                } else if (!gsdRowBlocks.contains(table.startLine())) {
                    out.add(first.line() + 1, 1, "table row outside any table (no header and separator above it), shown as plain text; "
                            + "join it to the table above or add a header");
                }
                continue;
            }
            int columns = table.rows().get(0).cells().size();
            for (TableBlock.Row row : table.rows().subList(2, table.rows().size())) {
                if (row.separator() && !placeholderRow(text, row)) {
                    out.add(row.line() + 1, 1, "separator row out of place: it belongs right below the header; delete it");
                } else if (!row.separator() && row.cells().size() != columns && !(row.cells().size() == columns + 1 && row.cell(text, columns).isEmpty())) {
                    out.add(row.line() + 1, 1, "row has " + row.cells().size() + " cells but the header at line " + (table.startLine() + 1)
                            + " has " + columns + "; " + (row.cells().size() > columns ? "extra cells are dropped — merge or escape a '|'"
                            : "add the missing cells"));
                }
            }
        }
    }

    /** "| - | - | - |": GSD's template row of empty values, not a second separator. */
    private static boolean placeholderRow(String text, TableBlock.Row row) {
        for (var c : row.cells()) {
            if (!c.of(text).equals("-")) {
                return false;
            }
        }
        return true;
    }
}
