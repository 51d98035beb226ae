package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TableBlockTest {

    private static List<TableBlock> tables(String text) {
        Document doc = Document.parse(text);
        return TableBlock.scan(doc, 0, doc.lineCount());
    }

    private static List<String> cells(String text, TableBlock.Row row) {
        return IntStream.range(0, row.cells().size()).mapToObj(i -> row.cell(text, i)).toList();
    }

    @Test
    void headerSeparatorAndDataRows() {
        String t = "| Phase | Plans | Total |\n|:------|------:|:-----:|\n| 01 | 3 | 35 min |\n| 02 | 1 | 13 min |\n";
        List<TableBlock> ts = tables(t);
        assertThat(ts).hasSize(1);
        TableBlock tb = ts.get(0);
        assertThat(tb.startLine()).isZero();
        assertThat(tb.endLine()).isEqualTo(4);
        assertThat(tb.hasHeader()).isTrue();
        assertThat(tb.header(t)).containsExactly("phase", "plans", "total");
        assertThat(tb.rows().get(1).separator()).isTrue();
        assertThat(tb.dataRows()).hasSize(2);
        assertThat(cells(t, tb.dataRows().get(1))).containsExactly("02", "1", "13 min");
    }

    @Test
    void escapedPipesAndPipesInCodeStayInTheirCell() {
        String t = "| Phase | Decision |\n|---|---|\n| 01 | a \\| b |\n| `x|y` | c |\n";
        TableBlock tb = tables(t).get(0);
        assertThat(cells(t, tb.dataRows().get(0))).containsExactly("01", "a \\| b");
        assertThat(cells(t, tb.dataRows().get(1))).containsExactly("`x|y`", "c");
    }

    @Test
    void headerlessGsdRowsAreAllData() {
        String t = "*Updated after each plan completion*\n| Phase 01 P01 | 10 min | 2 tasks | 3 files |\n| Phase 01 P02 | 14 min | 3 tasks | 6 files |\n";
        List<TableBlock> ts = tables(t);
        assertThat(ts).hasSize(1);
        TableBlock tb = ts.get(0);
        assertThat(tb.startLine()).isEqualTo(1);
        assertThat(tb.hasHeader()).isFalse();
        assertThat(tb.header(t)).isEmpty();
        assertThat(tb.dataRows()).hasSize(2);
        assertThat(cells(t, tb.dataRows().get(0))).containsExactly("Phase 01 P01", "10 min", "2 tasks", "3 files");
    }

    @Test
    void aSeparatorWithoutAHeaderIsNotData() {
        String t = "|---|---|\n| a | b |\n";
        TableBlock tb = tables(t).get(0);
        assertThat(tb.hasHeader()).isFalse();
        assertThat(tb.dataRows()).hasSize(1);
        assertThat(cells(t, tb.dataRows().get(0))).containsExactly("a", "b");
    }

    @Test
    void separatorCellsAcceptAlignmentColonsButNotText() {
        String t = "| a |\n| :-: |\n";
        assertThat(tables(t).get(0).rows().get(1).separator()).isTrue();
        String notSep = "| a |\n| -x- |\n";
        assertThat(tables(notSep).get(0).rows().get(1).separator()).isFalse();
    }

    @Test
    void blankOrTextLinesEndATableAndFencedRowsAreNotRows() {
        String t = "| a |\n\n| b |\ntext\n```\n| c |\n```\n| d |";
        List<TableBlock> ts = tables(t);
        assertThat(ts).extracting(TableBlock::startLine).containsExactly(0, 2, 7);
        assertThat(ts).extracting(TableBlock::endLine).containsExactly(1, 3, 8);
    }

    @Test
    void rowWithoutAClosingPipeAndWithIndent() {
        String t = "   | one | two\n";
        TableBlock tb = tables(t).get(0);
        assertThat(cells(t, tb.rows().get(0))).containsExactly("one", "two");
    }

    @Test
    void rawCellsIncludeThePaddingAndCellsExcludeIt() {
        String t = "| ab  |  c |\n";
        TableBlock.Row row = tables(t).get(0).rows().get(0);
        assertThat(row.rawCells().get(0).of(t)).isEqualTo(" ab  ");
        assertThat(row.cells().get(0).of(t)).isEqualTo("ab");
        assertThat(row.rawCells().get(1).of(t)).isEqualTo("  c ");
        assertThat(row.cell(t, 5)).isNull();
        assertThat(row.cell(t, -1)).as("a column the header lacks").isNull();
    }

    @Test
    void crlfRowsKeepTheTerminatorOutOfTheLastCell() {
        String t = "| a | b |\r\n|---|---|\r\n| 1 | 2 |\r\n";
        TableBlock tb = tables(t).get(0);
        assertThat(tb.hasHeader()).isTrue();
        assertThat(cells(t, tb.dataRows().get(0))).containsExactly("1", "2");
    }
}
