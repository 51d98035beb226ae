package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive lines that start with "|" (outside code fences). A block may lack a header: GSD appends
 * per-plan metric rows under an "*Updated …*" line with no header of their own.
 */
public record TableBlock(int startLine, int endLine, List<Row> rows) {

    /** One row; {@code cells} are the trimmed contents between unescaped pipes. */
    public record Row(int line, List<Span> cells, List<Span> rawCells, boolean separator) {
        /** The trimmed text of cell {@code i}, or null when the row has no such cell (also for a negative index). */
        public String cell(String text, int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).of(text) : null;
        }
    }

    public boolean hasHeader() {
        return rows.size() >= 2 && rows.get(1).separator();
    }

    /** Header cells lower-cased, or an empty list. */
    public List<String> header(String text) {
        List<String> h = new ArrayList<>();
        if (hasHeader()) {
            for (Span s : rows.get(0).cells()) {
                h.add(Section.normalizeTitle(s.of(text)));
            }
        }
        return h;
    }

    /** Rows that hold data: not the header, not the separator. */
    public List<Row> dataRows() {
        return hasHeader() ? rows.subList(2, rows.size()) : rows.stream().filter(r -> !r.separator()).toList();
    }

    public static List<TableBlock> scan(Document doc, int fromLine, int toLine) {
        List<TableBlock> tables = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int start = -1;
        for (int i = fromLine; i < toLine; i++) {
            Line line = doc.line(i);
            Row row = doc.inFence(i) ? null : parseRow(line);
            if (row != null) {
                if (rows.isEmpty()) {
                    start = i;
                }
                rows.add(row);
            } else if (!rows.isEmpty()) {
                tables.add(new TableBlock(start, i, List.copyOf(rows)));
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            tables.add(new TableBlock(start, toLine, List.copyOf(rows)));
        }
        return tables;
    }

    static Row parseRow(Line line) {
        String s = line.content();
        int i = 0;
        while (i < s.length() && i < 4 && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || s.charAt(i) != '|') {
            return null;
        }
        List<Integer> pipes = new ArrayList<>();
        boolean inCode = false;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '`') {
                inCode = !inCode;
            } else if (c == '|' && !inCode) {
                pipes.add(k);
            }
        }
        int contentEnd = s.stripTrailing().length();
        boolean closed = pipes.get(pipes.size() - 1) == contentEnd - 1;
        List<Span> cells = new ArrayList<>();
        List<Span> raw = new ArrayList<>();
        int n = closed ? pipes.size() - 1 : pipes.size();
        boolean separator = n > 0;
        for (int c = 0; c < n; c++) {
            int from = pipes.get(c) + 1;
            int to = c + 1 < pipes.size() ? pipes.get(c + 1) : contentEnd;
            raw.add(new Span(line.start() + from, line.start() + to));
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            cells.add(new Span(line.start() + a, line.start() + b));
            String cell = s.substring(a, b);
            if (!cell.matches(":?-{1,}:?")) {
                separator = false;
            }
        }
        return new Row(line.index(), cells, raw, separator);
    }
}
