package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The source split into lines, with what the block structure needs: which lines are inside fenced
 * code (and so never fields, headings or table rows), where the frontmatter blocks are, and the
 * sections under each heading. Everything is offsets into {@link #text()}; nothing is normalised.
 */
public final class Document {
    private final String text;
    private final List<Line> lines;
    private final boolean[] inFence;
    private final List<FrontmatterBlock> frontmatter;
    private final List<Section> sections;
    private final int unclosedFenceLine;
    private final int bodyStartLine;

    private Document(String text, List<Line> lines, boolean[] inFence, int unclosedFenceLine,
                     List<FrontmatterBlock> frontmatter, int bodyStartLine, List<Section> sections) {
        this.text = text;
        this.lines = lines;
        this.inFence = inFence;
        this.unclosedFenceLine = unclosedFenceLine;
        this.frontmatter = frontmatter;
        this.bodyStartLine = bodyStartLine;
        this.sections = sections;
    }

    public static Document parse(String text) {
        List<Line> lines = splitLines(text);
        List<FrontmatterBlock> frontmatter = FrontmatterBlock.scan(text, lines);
        int bodyStart = frontmatter.isEmpty() ? 0 : frontmatter.get(frontmatter.size() - 1).closeLine() + 1;
        boolean[] inFence = new boolean[lines.size()];
        int unclosed = markFences(lines, bodyStart, inFence);
        List<Section> sections = Section.scan(lines, bodyStart, inFence);
        return new Document(text, Collections.unmodifiableList(lines), inFence, unclosed, frontmatter, bodyStart, sections);
    }

    static List<Line> splitLines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start < n) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(new Line(lines.size(), start, n, n, text.substring(start, n)));
                break;
            }
            int contentEnd = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
            lines.add(new Line(lines.size(), start, contentEnd, nl + 1, text.substring(start, contentEnd)));
            start = nl + 1;
        }
        return lines;
    }

    /** CommonMark fences: ``` or ~~~ indented at most three spaces, closed by the same char, at least as long. */
    private static int markFences(List<Line> lines, int from, boolean[] inFence) {
        char fenceChar = 0;
        int fenceLen = 0;
        int openLine = -1;
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).content();
            int indent = 0;
            while (indent < s.length() && indent < 4 && s.charAt(indent) == ' ') {
                indent++;
            }
            if (fenceChar == 0) {
                if (indent <= 3 && indent < s.length() && (s.charAt(indent) == '`' || s.charAt(indent) == '~')) {
                    char c = s.charAt(indent);
                    int len = run(s, indent, c);
                    if (len >= 3 && !(c == '`' && s.indexOf('`', indent + len) >= 0)) {
                        fenceChar = c;
                        fenceLen = len;
                        openLine = i;
                        inFence[i] = true;
                    }
                }
            } else {
                inFence[i] = true;
                if (indent <= 3 && indent < s.length() && s.charAt(indent) == fenceChar
                        && run(s, indent, fenceChar) >= fenceLen && isOnly(s.substring(indent).strip(), fenceChar)) {
                    fenceChar = 0;
                    openLine = -1;
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

    public Line line(int index) {
        return lines.get(index);
    }

    public int lineCount() {
        return lines.size();
    }

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

    /** All sections in document order (nested ones included). */
    public List<Section> sections() {
        return sections;
    }

    /** The 0-based line holding {@code offset}. */
    public int lineAt(int offset) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
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

    public String dominantNewline() {
        int crlf = 0;
        int lf = 0;
        for (Line l : lines) {
            String t = l.terminator(text);
            if (t.equals("\r\n")) {
                crlf++;
            } else if (t.equals("\n")) {
                lf++;
            }
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
