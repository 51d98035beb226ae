package dev.atomstate.model;

import java.util.Arrays;

/**
 * Where each line of a text starts, how long its terminator is, and two hints per line that let a scan skip a line
 * without looking at it: which of a few ASCII marks ({@link #TRACKED}) it holds, and its lead, the first char that is
 * not ASCII whitespace. A big file has a million lines; the readers ask "does this line hold a ':'?" or "does it start
 * with '#'?" of each, and without the hints each question is a pass over the whole text (about 65 ms for 64 MB in C1).
 *
 * <p>Made in one pass, either over the text ({@link #of(String)}) or, for a file just read, over its UTF-8 bytes while
 * they are checked ({@link #ofUtf8}): then the bytes are looked at once for the check, the NULs, the line breaks and the
 * hints, instead of once for each. Both give the same index for the same text ({@code LineIndexTest} holds them to each
 * other and to a plain split): an ASCII char is the same byte in UTF-8 and no other char's bytes are ASCII.
 *
 * <p>A line ends in LF, CRLF or a CR alone: CR followed by LF is one break, any other CR is a break of its own, so no
 * line's content holds a CR. A last line without a newline is a line; an empty text has none.
 */
public final class LineIndex {
    /** The marks whose presence is kept per line. */
    public static final String TRACKED = "*_:[<|#`~pP-";
    /** A line that is empty or only ASCII whitespace. */
    public static final byte BLANK = 0;
    /** A line whose first char that is not ASCII whitespace is not ASCII: it may be any char, even a Unicode space. */
    public static final byte OTHER = -1;
    /** {@code BITS[c]} is the bit of ASCII char {@code c} in a line's marks, 0 for a char not tracked. */
    private static final int[] BITS = new int[128];
    /** ASCII whitespace as {@link Character#isWhitespace} says (line breaks aside, which end a line). */
    private static final boolean[] SPACE = new boolean[128];

    static {
        for (int k = 0; k < TRACKED.length(); k++) {
            BITS[TRACKED.charAt(k)] = 1 << k;
        }
        for (int c = 0; c < 128; c++) {
            SPACE[c] = c != '\n' && c != '\r' && Character.isWhitespace(c);
        }
    }

    /** Where line i starts; {@code starts[lineCount]} is the text's length. */
    private final int[] starts;
    /** The length of line i's terminator: 0 (a last line without one), 1 (LF or CR) or 2 (CRLF). */
    private final byte[] terminators;
    /** The bits ({@link #BITS}) of the tracked marks in line i's content. */
    private final int[] marks;
    /** Line i's lead: its first char that is not ASCII whitespace when that is ASCII, else {@link #BLANK} or {@link #OTHER}. */
    private final byte[] leads;
    private final int count;
    /** The text's size in UTF-8 when made from its bytes, else -1. */
    private final long utf8Length;

    private LineIndex(int[] starts, byte[] terminators, int[] marks, byte[] leads, int count, long utf8Length) {
        this.starts = starts;
        this.terminators = terminators;
        this.marks = marks;
        this.leads = leads;
        this.count = count;
        this.utf8Length = utf8Length;
    }

    public int lineCount() {
        return count;
    }

    // The arrays themselves, not copies (a big file has a million lines): the document reads them and changes none.

    /** Where each line starts, then the text's length. */
    public int[] starts() {
        return starts;
    }

    /** Each line's terminator length: 0, 1 or 2. */
    public byte[] terminators() {
        return terminators;
    }

    /** Each line's tracked marks, as {@link #bit} gives them. */
    public int[] marks() {
        return marks;
    }

    /** Each line's lead. */
    public byte[] leads() {
        return leads;
    }

    /** The text's size in UTF-8 when made from its bytes, else -1. */
    public long utf8Length() {
        return utf8Length;
    }

    /** The bit of {@code c} in a line's marks, or 0 when {@code c} is not tracked (then nothing can be said). */
    public static int bit(char c) {
        return c < 128 ? BITS[c] : 0;
    }

    /** Collects the lines as a pass finds them. */
    private static final class Builder {
        int[] starts;
        byte[] terminators;
        int[] marks;
        byte[] leads;
        int count;

        Builder(int expectedLines) {
            int capacity = Math.max(16, expectedLines);
            starts = new int[capacity];
            terminators = new byte[capacity];
            marks = new int[capacity];
            leads = new byte[capacity];
        }

        void add(int start, int terminator, int mark, byte lead) {
            if (count + 1 >= starts.length) {
                int grown = starts.length + (starts.length >> 1) + 2;
                starts = Arrays.copyOf(starts, grown);
                terminators = Arrays.copyOf(terminators, grown);
                marks = Arrays.copyOf(marks, grown);
                leads = Arrays.copyOf(leads, grown);
            }
            starts[count] = start;
            terminators[count] = (byte) terminator;
            marks[count] = mark;
            leads[count] = lead;
            count++;
        }

        LineIndex build(int length, long utf8Length) {
            starts[count] = length;
            return new LineIndex(Arrays.copyOf(starts, count + 1), Arrays.copyOf(terminators, count),
                    Arrays.copyOf(marks, count), Arrays.copyOf(leads, count), count, utf8Length);
        }
    }

    private static final int BLOCK = 8192;

    /** The index of {@code text}. The chars are copied in blocks into an array and read there (see the parse layer's Utf8). */
    public static LineIndex of(String text) {
        int n = text.length();
        Builder out = new Builder(n / 32 + 2);
        char[] block = new char[Math.min(BLOCK, n) + 1];
        int blockStart = 0;
        int blockEnd = 0;
        int start = 0;
        int mark = 0;
        byte lead = BLANK;
        for (int i = 0; i < n; i++) {
            if (i >= blockEnd) {
                blockStart = i;
                blockEnd = Math.min(n, i + BLOCK);
                // one char past the block, so a CR at its end sees whether an LF follows
                text.getChars(i, Math.min(n, blockEnd + 1), block, 0);
            }
            char c = block[i - blockStart];
            if (c < 128) {
                if (c == '\n' || c == '\r') {
                    int terminator = 1;
                    if (c == '\r' && i + 1 < n && block[i + 1 - blockStart] == '\n') {
                        terminator = 2;
                    }
                    out.add(start, terminator, mark, lead);
                    i += terminator - 1;
                    start = i + 1;
                    mark = 0;
                    lead = BLANK;
                    continue;
                }
                mark |= BITS[c];
                if (lead == BLANK && !SPACE[c]) {
                    lead = (byte) c;
                }
            } else if (lead == BLANK) {
                lead = OTHER;
            }
        }
        if (start < n) {
            out.add(start, 0, mark, lead);
        }
        return out.build(n, -1);
    }

    /**
     * The index of the text that {@code bytes} from {@code offset} on decode to, found while checking that they are
     * UTF-8 as the JDK's strict decoder takes it (no stray or missing continuation byte, no overlong form, no surrogate,
     * nothing above U+10FFFF) and hold no NUL. Offsets are in chars of that text: a four-byte sequence is two chars (a
     * surrogate pair), any other sequence one. Null at the first byte that fails: the caller says which and where.
     */
    public static LineIndex ofUtf8(byte[] bytes, int offset) {
        int n = bytes.length;
        Builder out = new Builder((n - offset) / 32 + 2);
        int i = offset;
        int chars = 0;
        int start = 0;
        int mark = 0;
        byte lead = BLANK;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                if (b == '\n' || b == '\r') {
                    int terminator = b == '\r' && i + 1 < n && bytes[i + 1] == '\n' ? 2 : 1;
                    out.add(start, terminator, mark, lead);
                    i += terminator;
                    chars += terminator;
                    start = chars;
                    mark = 0;
                    lead = BLANK;
                    continue;
                }
                if (b == 0) {
                    return null;
                }
                mark |= BITS[b];
                if (lead == BLANK && !SPACE[b]) {
                    lead = (byte) b;
                }
                i++;
                chars++;
                continue;
            }
            b &= 0xFF;
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return null;
            }
            if (i + more >= n) {
                return null; // the text ends inside the sequence
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return null;
            }
            for (int k = 2; k <= more; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return null;
                }
            }
            if (lead == BLANK) {
                lead = OTHER;
            }
            i += more + 1;
            chars += more == 3 ? 2 : 1;
        }
        if (start < chars) {
            out.add(start, 0, mark, lead);
        }
        return out.build(chars, n - offset);
    }
}
