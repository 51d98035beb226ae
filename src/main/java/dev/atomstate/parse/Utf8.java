package dev.atomstate.parse;

/**
 * How many bytes a text takes in UTF-8, counted without encoding it: the size budget asks it of the whole file and of
 * many lines, so the chars are copied in blocks into an array and counted there (String.charAt per char costs a bounds
 * check a char, which the interpreter and C1 do not remove).
 */
public final class Utf8 {
    private Utf8() {
    }

    private static final int BLOCK = 4096;

    /** {@code s.substring(from, to).getBytes(UTF_8).length}: a lone surrogate is written as one '?'. */
    public static int length(String s, int from, int to) {
        int bytes = to - from;
        char[] block = new char[Math.min(BLOCK, to - from) + 1];
        int i = from;
        while (i < to) {
            // one char more than the block when there is one, so a surrogate pair split at the block's end is seen whole
            int end = Math.min(to, i + BLOCK);
            int len = end - i;
            int got = Math.min(to, end + 1) - i;
            s.getChars(i, i + got, block, 0);
            int k = 0;
            while (k < len) {
                char c = block[k];
                if (c >= 0x80) {
                    if (c < 0x800) {
                        bytes++;
                    } else if (Character.isHighSurrogate(c) && k + 1 < got && Character.isLowSurrogate(block[k + 1])) {
                        bytes += 2;
                        k++;
                    } else if (!Character.isSurrogate(c)) {
                        bytes += 2;
                    }
                }
                k++;
            }
            i += k; // past the block's end by one when its last char began a pair
        }
        return bytes;
    }

    /** {@link #length(String, int, int)} of any char sequence. */
    public static int length(CharSequence s) {
        return length(s.toString(), 0, s.length());
    }
}
