package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.LineIndex;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a file as text, with what decoding must give back on encoding: the UTF-8 byte-order mark.
 * Decoding is strict, so that encoding the unchanged text reproduces the input byte for byte.
 */
public final class SourceText {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final boolean bom;
    private final String text;
    private final long utf8Length;
    /** The text's lines, found while the bytes were checked; null for a text not decoded from bytes. */
    private final LineIndex lines;

    private SourceText(String name, boolean bom, String text, long utf8Length, LineIndex lines) {
        this.name = name;
        this.bom = bom;
        this.text = text;
        this.utf8Length = utf8Length;
        this.lines = lines;
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, false, text, -1, null);
    }

    /** Decodes strict UTF-8; anything else is refused with the byte offset where it goes wrong. */
    public static SourceText decode(String name, byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE) || startsWith(bytes, (byte) 0xFE, (byte) 0xFF)
                || startsWith(bytes, (byte) 0x00, (byte) 0x00, (byte) 0xFE, (byte) 0xFF)) {
            throw AtomstateException.input(name + ": UTF-16/UTF-32 text is not supported; save the file as UTF-8");
        }
        boolean bom = startsWith(bytes, UTF8_BOM);
        int offset = bom ? 3 : 0;
        // one pass checks the bytes and finds the lines (see LineIndex); only when it fails are they looked at again,
        // to say what is wrong and where: a NUL first, then the first byte that is not strict UTF-8
        LineIndex lines = LineIndex.ofUtf8(bytes, offset);
        if (lines == null) {
            int nul = firstNul(bytes, offset);
            if (nul >= 0) {
                throw AtomstateException.input(name + ": byte " + nul + " is NUL; this looks like a binary file, not Markdown");
            }
            strictly(name, bytes, offset); // says where
            throw AtomstateException.input(name + ": invalid UTF-8; save the file as UTF-8"); // strictly found it: never here
        }
        // One decode into the final string (no char buffer of the whole file, no second copy). The bytes are strict
        // UTF-8, so the string is exactly their text.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return new SourceText(name, bom, text, bytes.length - offset, lines);
    }

    /** The text's lines as found in its bytes, or null for a text not decoded from bytes. */
    public LineIndex lines() {
        return lines;
    }

    /** The offset of the first NUL byte from {@code offset} on, or -1. */
    private static int firstNul(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Refuses {@code bytes} from {@code offset} on unless they are strict UTF-8, with the offset of the first bad byte. */
    private static void strictly(String name, byte[] bytes, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw AtomstateException.input(name + ": invalid UTF-8 at byte " + in.position() + "; save the file as UTF-8");
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear(); // overflow: the chars are not kept, only the verdict
        }
        if (decoder.flush(out).isError()) {
            throw AtomstateException.input(name + ": invalid UTF-8 at byte " + in.position() + "; save the file as UTF-8");
        }
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The bytes for {@code newText} in this file's encoding (BOM kept). */
    public byte[] encode(String newText) {
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /**
     * The bytes for {@code after}, which is this text with the char ranges {@code [starts[k], ends[k])} replaced by
     * {@code replacements[k]} (in order, not overlapping): {@code read}, the bytes this text was decoded from, with
     * each range's bytes replaced by its replacement's. That is what {@link #encode} of {@code after} gives, since the
     * text was decoded strictly from those bytes, but without encoding the whole file again: for a text that is not
     * all Latin-1, String.getBytes first allocates three bytes a character, 192 MB for a 64 MB file. Where a range
     * ends inside a surrogate pair or a replacement starts or ends with a surrogate, the pieces could encode otherwise
     * than the whole, so the whole text is encoded.
     */
    public byte[] encodeSpliced(byte[] read, int[] starts, int[] ends, String[] replacements, String after) {
        int n = starts.length;
        int[] from = new int[n];
        int[] to = new int[n];
        byte[][] replacementBytes = new byte[n][];
        int at = bom ? 3 : 0; // a byte offset in read, at char offset chars of text
        int chars = 0;
        long size = read.length;
        for (int k = 0; k < n; k++) {
            if (splitsPair(text, starts[k]) || splitsPair(text, ends[k]) || endsInSurrogate(replacements[k])) {
                return encode(after);
            }
            for (int edge = 0; edge < 2; edge++) {
                int target = edge == 0 ? starts[k] : ends[k];
                while (chars < target && at < read.length) {
                    int b = read[at];
                    // a UTF-8 lead byte says the sequence's length; four bytes make two chars (a surrogate pair)
                    int len = b >= 0 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                    at += len;
                    chars += len == 4 ? 2 : 1;
                }
                if (chars != target || at > read.length) {
                    return encode(after); // not the bytes this text was decoded from: never here
                }
                if (edge == 0) {
                    from[k] = at;
                } else {
                    to[k] = at;
                }
            }
            replacementBytes[k] = replacements[k].getBytes(StandardCharsets.UTF_8);
            size += replacementBytes[k].length - (to[k] - from[k]);
        }
        byte[] out = new byte[Math.toIntExact(size)];
        int src = 0;
        int dst = 0;
        for (int k = 0; k < n; k++) {
            System.arraycopy(read, src, out, dst, from[k] - src);
            dst += from[k] - src;
            System.arraycopy(replacementBytes[k], 0, out, dst, replacementBytes[k].length);
            dst += replacementBytes[k].length;
            src = to[k];
        }
        System.arraycopy(read, src, out, dst, read.length - src);
        return out;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
    }

    private static boolean endsInSurrogate(String s) {
        return !s.isEmpty() && (Character.isSurrogate(s.charAt(0)) || Character.isSurrogate(s.charAt(s.length() - 1)));
    }

    public String name() {
        return name;
    }

    public boolean hasBom() {
        return bom;
    }

    /**
     * The text's size in UTF-8 (the bytes it was decoded from, BOM aside: strict decoding makes them the same), or -1
     * for a text not decoded from bytes.
     */
    public long utf8Length() {
        return utf8Length;
    }

    /** The text without the byte-order mark. */
    public String text() {
        return text;
    }

}
