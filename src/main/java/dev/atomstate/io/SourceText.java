package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

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

    private SourceText(String name, boolean bom, String text, long utf8Length) {
        this.name = name;
        this.bom = bom;
        this.text = text;
        this.utf8Length = utf8Length;
    }

    public static SourceText of(String name, String text) {
        return new SourceText(name, false, text, -1);
    }

    /** Decodes strict UTF-8; anything else is refused with the byte offset where it goes wrong. */
    public static SourceText decode(String name, byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFF, (byte) 0xFE) || startsWith(bytes, (byte) 0xFE, (byte) 0xFF)
                || startsWith(bytes, (byte) 0x00, (byte) 0x00, (byte) 0xFE, (byte) 0xFF)) {
            throw AtomstateException.input(name + ": UTF-16/UTF-32 text is not supported; save the file as UTF-8");
        }
        boolean bom = startsWith(bytes, UTF8_BOM);
        int offset = bom ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw AtomstateException.input(name + ": byte " + i + " is NUL; this looks like a binary file, not Markdown");
            }
        }
        // One decode into the final string (no char buffer of the whole file, no second copy). It puts U+FFFD
        // where the bytes are not UTF-8, so a string without one came from valid bytes; only a text holding U+FFFD
        // (written in the file, or made by decoding) is decoded again strictly, to tell which and to say where.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            strictly(name, bytes, offset);
        }
        return new SourceText(name, bom, text, bytes.length - offset);
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
