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
        /** The trimmed content of cell {@code i}, or null when the row has no such cell (or {@code i} is negative). */
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
        if (hasHeader()) {
            return rows.subList(2, rows.size());
        }
        List<Row> data = new java.util.ArrayList<>();
        for (Row r : rows) {
            if (!r.separator()) {
                data.add(r);
            }
        }
        return java.util.Collections.unmodifiableList(data);
    }

    public static List<TableBlock> scan(FencedLines doc, int fromLine, int toLine) {
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
        Line s = line;
        int n = s.length();
        int i = 0;
        while (i < n && i < 4 && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= n || s.charAt(i) != '|') {
            return null;
        }
        int[] pipes = new int[8];
        int count = 0;
        boolean inCode = false;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '`') {
                inCode = !inCode;
            } else if (c == '|' && !inCode) {
                if (count == pipes.length) {
                    pipes = java.util.Arrays.copyOf(pipes, count * 2);
                }
                pipes[count++] = k;
            }
        }
        int contentEnd = Chars.strippedEnd(s);
        boolean closed = pipes[count - 1] == contentEnd - 1;
        int cellCount = closed ? count - 1 : count;
        // per cell: trimmed start and end, then raw start and end, as offsets into the text
        int[] bounds = new int[cellCount * 4];
        boolean separator = cellCount > 0;
        for (int c = 0; c < cellCount; c++) {
            int from = pipes[c] + 1;
            int to = c + 1 < count ? pipes[c + 1] : contentEnd;
            int a = from;
            int b = to;
            while (a < b && Character.isWhitespace(s.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
                b--;
            }
            bounds[4 * c] = line.start() + a;
            bounds[4 * c + 1] = line.start() + b;
            bounds[4 * c + 2] = line.start() + from;
            bounds[4 * c + 3] = line.start() + to;
            if (separator && !isSeparatorCell(s, a, b)) {
                separator = false;
            }
        }
        return new Row(line.index(), new SpanList(bounds, 0), new SpanList(bounds, 2), separator);
    }

    /** ":?-+:?", the cell of a separator row ("---", ":--", "-:", ":-:"). */
    private static boolean isSeparatorCell(CharSequence s, int a, int b) {
        if (a < b && s.charAt(a) == ':') {
            a++;
        }
        if (b > a && s.charAt(b - 1) == ':') {
            b--;
        }
        if (b <= a) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (s.charAt(k) != '-') {
                return false;
            }
        }
        return true;
    }

    /** The cells of a row as spans made on request from one array of offsets (a big table has many rows). */
    private static final class SpanList extends java.util.AbstractList<Span> implements java.util.RandomAccess {
        private final int[] bounds;
        private final int offset;

        SpanList(int[] bounds, int offset) {
            this.bounds = bounds;
            this.offset = offset;
        }

        @Override
        public Span get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException("cell " + index + " of " + size());
            }
            return new Span(bounds[4 * index + offset], bounds[4 * index + offset + 1]);
        }

        @Override
        public int size() {
            return bounds.length / 4;
        }
    }
}
