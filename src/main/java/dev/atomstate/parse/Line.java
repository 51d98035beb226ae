package dev.atomstate.parse;

/**
 * One line of the source: {@code start..contentEnd} is its text, {@code contentEnd..end} its terminator
 * ("\n", "\r\n", a lone "\r" or nothing on a last line without newline). Offsets are char offsets into the text.
 *
 * <p>A view, made by {@link Document#line} when asked for: a document keeps only where its lines start, so a big
 * file costs four bytes a line rather than a copy of every line. {@link #content()} copies the line's text each
 * time it is called; scans over every line look at {@link #charAt} and {@link #isBlank()} instead.
 */
public final class Line implements CharSequence {
    private final int index;
    private final int start;
    private final int contentEnd;
    private final int end;
    private final String text;

    Line(int index, int start, int contentEnd, int end, String text) {
        this.index = index;
        this.start = start;
        this.contentEnd = contentEnd;
        this.end = end;
        this.text = text;
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public int contentEnd() {
        return contentEnd;
    }

    public int end() {
        return end;
    }

    /** The line's text without its terminator (a new string on every call). */
    public String content() {
        return text.substring(start, contentEnd);
    }

    /** The chars of {@link #content()}, copied in bulk into a new array (a scan reads them cheaper there than by charAt). */
    public char[] toCharArray() {
        char[] out = new char[contentEnd - start];
        text.getChars(start, contentEnd, out, 0);
        return out;
    }

    /** The length of {@link #content()}. */
    @Override
    public int length() {
        return contentEnd - start;
    }

    /** Char {@code i} of {@link #content()}. */
    @Override
    public char charAt(int i) {
        if (i < 0 || i >= contentEnd - start) {
            throw new IndexOutOfBoundsException("index " + i + " of a line of " + (contentEnd - start));
        }
        return text.charAt(start + i);
    }

    /**
     * {@code content().indexOf(c, from)} without the copy. A loop over the text within the line, not String.indexOf
     * from the line's start: that would run on past the line's end to the next {@code c} in the file.
     */
    int indexOf(char c, int from) {
        for (int i = start + Math.max(from, 0); i < contentEnd; i++) {
            if (text.charAt(i) == c) {
                return i - start;
            }
        }
        return -1;
    }

    /** {@code content().stripTrailing().length()} without the copy. */
    int strippedEnd() {
        int end = contentEnd;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return content().substring(from, to);
    }

    public int number() {
        return index + 1;
    }

    public String terminator(String text) {
        return text.substring(contentEnd, end);
    }

    /** Empty or only whitespace, as {@link String#isBlank()} says of {@link #content()} (no whitespace is outside the BMP). */
    public boolean isBlank() {
        for (int i = start; i < contentEnd; i++) {
            char c = text.charAt(i);
            if (c != ' ' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line l && l.index == index && l.start == start && l.contentEnd == contentEnd && l.end == end
                && text.regionMatches(start, l.text, l.start, contentEnd - start);
    }

    @Override
    public int hashCode() {
        return ((index * 31 + start) * 31 + contentEnd) * 31 + end;
    }

    /** The content, as a {@link CharSequence} gives its characters. */
    @Override
    public String toString() {
        return content();
    }
}
