package dev.atomstate.parse;

import dev.atomstate.model.LineIndex;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The source split into lines, with what the block structure needs: which lines are inside fenced
 * code (and so never fields, headings or table rows), where the frontmatter blocks are, and the
 * sections under each heading. Everything is offsets into {@link #text()}; nothing is normalised. Only where each
 * line starts and how long its terminator is are kept (five bytes a line); {@link Line}s are views made on request.
 */
public final class Document implements FencedLines {
    private final String text;
    /** Where line i starts; {@code starts[lineCount]} is the text's length. */
    private final int[] starts;
    /** The length of line i's terminator: 0 (a last line without one), 1 (LF or CR) or 2 (CRLF). */
    private final byte[] terminators;
    private final int lineCount;
    /** The per-line hints (see {@link LineIndex}) that let a scan pass over a line without looking at it. */
    private final LineIndex index;
    private final List<Line> lines;
    private final boolean[] inFence;
    private final List<FrontmatterBlock> frontmatter;
    private final List<Section> sections;
    private final int unclosedFenceLine;
    private final int bodyStartLine;
    private List<TableBlock> tables;
    /** The text's size in UTF-8, as read (the file's bytes less its BOM) or counted on first use; -1 until known. */
    private long utf8Length;

    private Document(String text, LineIndex index, boolean[] inFence, int unclosedFenceLine,
                     List<FrontmatterBlock> frontmatter, int bodyStartLine, List<Section> sections) {
        this.text = text;
        this.index = index;
        this.starts = index.starts();
        this.terminators = index.terminators();
        this.lineCount = index.lineCount();
        this.lines = new Lines(text, starts, terminators, lineCount);
        this.inFence = inFence;
        this.unclosedFenceLine = unclosedFenceLine;
        this.frontmatter = frontmatter;
        this.bodyStartLine = bodyStartLine;
        this.sections = sections;
        this.utf8Length = -1;
    }

    public static Document parse(String text) {
        return parse(text, -1);
    }

    /**
     * {@code utf8Length} is the text's size in UTF-8 when the caller knows it (the bytes it was decoded from, BOM aside),
     * else -1: a big file need not be counted again char by char.
     */
    public static Document parse(String text, long utf8Length) {
        Document doc = parse(text, LineIndex.of(text));
        doc.utf8Length = utf8Length;
        return doc;
    }

    /** {@code index} is {@code text}'s, as {@link LineIndex#ofUtf8} made it from the bytes the text was decoded from. */
    public static Document parse(String text, LineIndex index) {
        int[] starts = index.starts();
        byte[] terminators = index.terminators();
        int count = index.lineCount();
        List<Line> lines = new Lines(text, starts, terminators, count);
        List<FrontmatterBlock> frontmatter = FrontmatterBlock.scan(text, lines);
        int bodyStart = frontmatter.isEmpty() ? 0 : frontmatter.get(frontmatter.size() - 1).closeLine() + 1;
        boolean[] inFence = new boolean[count];
        int unclosed = markFences(lines, index, bodyStart, inFence);
        List<Section> sections = Section.scan(lines, index, bodyStart, inFence);
        Document doc = new Document(text, index, inFence, unclosed, frontmatter, bodyStart, sections);
        doc.utf8Length = index.utf8Length();
        return doc;
    }

    /** The lines as a list of views (see {@link Line}). */
    private static final class Lines extends AbstractList<Line> implements RandomAccess {
        private final String text;
        private final int[] starts;
        private final byte[] terminators;
        private final int count;

        Lines(String text, int[] starts, byte[] terminators, int count) {
            this.text = text;
            this.starts = starts;
            this.terminators = terminators;
            this.count = count;
        }

        @Override
        public Line get(int index) {
            if (index < 0 || index >= count) {
                throw new IndexOutOfBoundsException("line " + index + " of " + count);
            }
            return new Line(index, starts[index], starts[index + 1] - terminators[index], starts[index + 1], text);
        }

        @Override
        public int size() {
            return count;
        }
    }

    /** CommonMark fences: ``` or ~~~ indented at most three spaces, closed by the same char, at least as long. */
    private static int markFences(List<Line> lines, LineIndex index, int from, boolean[] inFence) {
        char fenceChar = 0;
        int fenceLen = 0;
        int openLine = -1;
        byte[] leads = index.leads();
        for (int i = from; i < lines.size(); i++) {
            byte lead = leads[i];
            // a fence opens or closes only on a line that starts with its char: the others are not looked at
            if (fenceChar == 0 ? lead != '`' && lead != '~' && lead != LineIndex.OTHER : lead != fenceChar && lead != LineIndex.OTHER) {
                if (fenceChar != 0) {
                    inFence[i] = true;
                }
                continue;
            }
            Line s = lines.get(i);
            int length = s.length();
            int indent = 0;
            while (indent < length && indent < 4 && s.charAt(indent) == ' ') {
                indent++;
            }
            if (fenceChar == 0) {
                if (indent <= 3 && indent < length && (s.charAt(indent) == '`' || s.charAt(indent) == '~')) {
                    String c = s.content();
                    char ch = c.charAt(indent);
                    int len = run(c, indent, ch);
                    if (len >= 3 && !(ch == '`' && c.indexOf('`', indent + len) >= 0)) {
                        fenceChar = ch;
                        fenceLen = len;
                        openLine = i;
                        inFence[i] = true;
                    }
                }
            } else {
                inFence[i] = true;
                if (indent <= 3 && indent < length && s.charAt(indent) == fenceChar) {
                    String c = s.content();
                    if (run(c, indent, fenceChar) >= fenceLen && isOnly(c.substring(indent).strip(), fenceChar)) {
                        fenceChar = 0;
                        openLine = -1;
                    }
                }
            }
        }
        return openLine;
    }

    private static boolean isOnly(String s, char c) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static int run(String s, int from, char c) {
        int i = from;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    @Override
    public Line line(int index) {
        return lines.get(index);
    }

    public int lineCount() {
        return lineCount;
    }

    @Override
    public boolean inFence(int lineIndex) {
        return inFence[lineIndex];
    }

    /** The 0-based line of an unclosed code fence, or -1. */
    /** The line (0-based) of a frontmatter opener that is never closed, or -1 (see FrontmatterBlock). */
    public int unclosedFrontmatterLine() {
        return frontmatter.isEmpty() ? FrontmatterBlock.unclosedAt(lines) : -1;
    }

    public int unclosedFenceLine() {
        return unclosedFenceLine;
    }

    public List<FrontmatterBlock> frontmatter() {
        return frontmatter;
    }

    /** The first line after the frontmatter blocks. */
    public int bodyStartLine() {
        return bodyStartLine;
    }

    /** The tables of the body (see {@link TableBlock#scan}), read on first use and kept: the parser and two rules ask. */
    public List<TableBlock> tables() {
        List<TableBlock> t = tables;
        if (t == null) {
            t = List.copyOf(TableBlock.scan(this, bodyStartLine, lineCount));
            tables = t;
        }
        return t;
    }

    /** {@code text().getBytes(UTF_8).length}: as given to {@link #parse(String, long)}, else counted once. */
    public long utf8Length() {
        long n = utf8Length;
        if (n < 0) {
            n = Utf8.length(text, 0, text.length());
            utf8Length = n;
        }
        return n;
    }

    /** All sections in document order (nested ones included). */
    public List<Section> sections() {
        return sections;
    }

    /** The 0-based line holding {@code offset}. */
    public int lineAt(int offset) {
        int lo = 0;
        int hi = lineCount - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The first line at or after {@code fromLine} whose content holds {@code needle} (which has no line break), or
     * {@link #lineCount()}: a scan for a rare mark asks the text, not every line.
     */
    public int nextLineWith(String needle, int fromLine) {
        int bit = LineIndex.bit(needle.charAt(0));
        if (bit != 0) {
            // the needle's first char is tracked: only the lines that hold it are looked at
            int[] marks = index.marks();
            char first = needle.charAt(0);
            for (int line = Math.max(fromLine, 0); line < lineCount; line++) {
                if ((marks[line] & bit) != 0) {
                    // within the line only: an indexOf from its last mark would run on to the next line that holds one
                    int end = starts[line + 1] - terminators[line] - needle.length();
                    for (int at = starts[line]; at <= end; at++) {
                        if (text.charAt(at) == first && text.startsWith(needle, at)) {
                            return line;
                        }
                    }
                }
            }
            return lineCount;
        }
        int from = fromLine;
        while (from < lineCount) {
            int at = text.indexOf(needle, starts[from]);
            if (at < 0) {
                return lineCount;
            }
            int line = lineAt(at);
            if (at + needle.length() <= starts[line + 1] - terminators[line]) {
                return line;
            }
            from = line + 1;
        }
        return lineCount;
    }

    /**
     * False when line {@code lineIndex} surely does not start with {@code c} (an ASCII char that is not whitespace) after
     * its leading whitespace; true when it does, or when its first char after ASCII whitespace is not ASCII.
     */
    public boolean mayStartWith(int lineIndex, char c) {
        byte lead = index.leads()[lineIndex];
        return lead == c || lead == LineIndex.OTHER;
    }

    /** Whether line {@code lineIndex} is empty or only ASCII whitespace: blank for sure (a false is not sure). */
    public boolean surelyBlank(int lineIndex) {
        return index.leads()[lineIndex] == LineIndex.BLANK;
    }

    /** The lead of line {@code lineIndex}: see {@link LineIndex}. */
    byte lead(int lineIndex) {
        return index.leads()[lineIndex];
    }

    /** 1-based column of {@code offset} in its line, counted in code points. */
    public int columnAt(int offset) {
        if (lines.isEmpty()) {
            return 1;
        }
        Line line = lines.get(lineAt(offset));
        return text.codePointCount(line.start(), Math.min(offset, line.contentEnd())) + 1;
    }

    /**
     * The line terminator to use for a line inserted next to {@code lineIndex}: that line's own, else the
     * nearest line's before it, else the file's dominant one. A file without any newline gets "\n".
     */
    public String newlineNear(int lineIndex) {
        for (int i = Math.min(lineIndex, lines.size() - 1); i >= 0; i--) {
            String t = lines.get(i).terminator(text);
            if (!t.isEmpty()) {
                return t;
            }
        }
        return dominantNewline();
    }

    /** The terminator most lines end in (LF on a tie with CRLF, CRLF on a tie with CR); "\n" when no line ends in one. */
    public String dominantNewline() {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (int i = 0; i < lineCount; i++) {
            int end = starts[i + 1];
            if (end > starts[i] && text.charAt(end - 1) == '\n') {
                if (end - 1 > starts[i] && text.charAt(end - 2) == '\r') {
                    crlf++;
                } else {
                    lf++;
                }
            } else if (end > starts[i] && text.charAt(end - 1) == '\r') {
                cr++;
            }
        }
        if (cr > lf && cr > crlf) {
            return "\r";
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    /** The first section whose title matches one of {@code names} (case-insensitive, ignoring emphasis), or null. */
    public Section section(String... names) {
        for (Section s : sections) {
            String t = s.normalizedTitle();
            for (String n : names) {
                if (t.equals(n.toLowerCase(java.util.Locale.ROOT))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The first section whose normalised title starts with one of {@code prefixes}, or null. */
    public Section sectionStartingWith(String... prefixes) {
        for (Section s : sections) {
            String t = s.normalizedTitle();
            for (String p : prefixes) {
                if (t.startsWith(p.toLowerCase(java.util.Locale.ROOT))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The innermost section containing {@code lineIndex}, or null when it is before any heading. */
    public Section sectionAt(int lineIndex) {
        Section best = null;
        for (Section s : sections) {
            if (s.headingLine() <= lineIndex && lineIndex < s.endLine()) {
                if (best == null || s.level() >= best.level()) {
                    best = s;
                }
            }
        }
        return best;
    }
}
