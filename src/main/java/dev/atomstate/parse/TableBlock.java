package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive lines that start with "|" (outside code fences). A block may lack a header: GSD appends
 * per-plan metric rows under an "*Updated …*" line with no header of their own.
 */
public record TableBlock(int startLine, int endLine, List<Row> rows) {

    /**
     * One row; {@code cells} are the trimmed contents between unescaped pipes, {@code rawCells} the same untrimmed. A row
     * keeps one array of offsets (per cell: trimmed start and end, then raw start and end) and makes its span lists
     * when asked: a big table has a quarter of a million rows.
     */
    public static final class Row {
        private final int line;
        private final int[] bounds;
        private final boolean separator;

        Row(int line, int[] bounds, boolean separator) {
            this.line = line;
            this.bounds = bounds;
            this.separator = separator;
        }

        public int line() {
            return line;
        }

        public List<Span> cells() {
            return new SpanList(bounds, 0);
        }

        public List<Span> rawCells() {
            return new SpanList(bounds, 2);
        }

        public boolean separator() {
            return separator;
        }

        public int cellCount() {
            return bounds.length / 4;
        }

        /** The trimmed content of cell {@code i}, or null when the row has no such cell (or {@code i} is negative). */
        public String cell(String text, int i) {
            return i >= 0 && i < bounds.length / 4 ? text.substring(bounds[4 * i], bounds[4 * i + 1]) : null;
        }

        /** Rows are values, as the record they were: the same line, cells and kind. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.line == line && r.separator == separator && java.util.Arrays.equals(r.bounds, bounds);
        }

        @Override
        public int hashCode() {
            return (line * 31 + java.util.Arrays.hashCode(bounds)) * 2 + (separator ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Row[line=" + line + ", cells=" + cells() + ", separator=" + separator + "]";
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
            // a row starts with '|': the other lines are not looked at
            Row row = doc.inFence(i) || !doc.mayStartWith(i, '|') ? null : parseRow(doc.line(i));
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
        // the line's chars are copied out once and read from the copy: String.charAt costs a bounds check a char,
        // which C1 does not remove, and a big table's rows are a quarter of a million lines
        char[] s = line.toCharArray();
        int n = s.length;
        int i = 0;
        while (i < n && i < 4 && s[i] == ' ') {
            i++;
        }
        if (i >= n || s[i] != '|') {
            return null;
        }
        int[] pipes = new int[8];
        int count = 0;
        boolean inCode = false;
        for (int k = i; k < n; k++) {
            char c = s[k];
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
        int contentEnd = n;
        while (contentEnd > 0 && Character.isWhitespace(s[contentEnd - 1])) {
            contentEnd--;
        }
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
            while (a < b && Character.isWhitespace(s[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(s[b - 1])) {
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
        return new Row(line.index(), bounds, separator);
    }

    /** ":?-+:?", the cell of a separator row ("---", ":--", "-:", ":-:"). */
    private static boolean isSeparatorCell(char[] s, int a, int b) {
        if (a < b && s[a] == ':') {
            a++;
        }
        if (b > a && s[b - 1] == ':') {
            b--;
        }
        if (b <= a) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (s[k] != '-') {
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
