package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SourceTextTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bomIsStrippedFromTheTextAndPutBackOnEncode() {
        byte[] bytes = concat(BOM, utf8("# State\r\n"));
        SourceText src = SourceText.decode("f", bytes);
        assertThat(src.hasBom()).isTrue();
        assertThat(src.text()).isEqualTo("# State\r\n");
        assertThat(src.encode(src.text())).isEqualTo(bytes);
        assertThat(src.encode("x")).isEqualTo(concat(BOM, utf8("x")));
    }

    @Test
    void withoutBomNoneIsAdded() {
        SourceText src = SourceText.decode("f", utf8("x"));
        assertThat(src.hasBom()).isFalse();
        assertThat(src.encode("é")).isEqualTo(utf8("é"));
        assertThat(SourceText.of("n", "t").encode("t")).isEqualTo(utf8("t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain\n", "crlf\r\nlines\r\n", "no newline", "é ü 中文 😀 —\n", "\t tabs  and spaces  \n", "a\rb"})
    void decodeThenEncodeIsTheIdentity(String s) {
        byte[] bytes = utf8(s);
        SourceText src = SourceText.decode("f", bytes);
        assertThat(src.text()).isEqualTo(s);
        assertThat(src.encode(src.text())).isEqualTo(bytes);
        byte[] withBom = concat(BOM, bytes);
        SourceText b = SourceText.decode("f", withBom);
        assertThat(b.encode(b.text())).isEqualTo(withBom);
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() {
        byte[] bytes = concat(utf8("abc"), new byte[] {(byte) 0xC3, (byte) 0x28}, utf8("def"));
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("STATE.md", bytes), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).startsWith("STATE.md: ").contains("invalid UTF-8 at byte 3");
    }

    @Test
    void latin1ByteIsRefusedAtItsOffset() {
        byte[] bytes = concat(utf8("Caf"), new byte[] {(byte) 0xE9}, utf8("\n"));
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.getMessage()).contains("byte 3");
    }

    @Test
    void offsetCountsFromTheFileStartEvenAfterABom() {
        byte[] bytes = concat(BOM, utf8("ab"), new byte[] {(byte) 0xFF});
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.getMessage()).contains("invalid UTF-8 at byte 5");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        byte[] bytes = utf8("a \uFFFD b\n");
        assertThat(SourceText.decode("f", bytes).text()).isEqualTo("a \uFFFD b\n");
    }

    @Test
    void aBadByteAfterAWrittenReplacementCharacterIsStillRefusedAtItsOffset() {
        byte[] bytes = concat(utf8("\uFFFD"), utf8("x".repeat(20_000)), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.getMessage()).contains("invalid UTF-8 at byte 20003");
    }

    @Test
    void overlongAndSurrogateFormsAreRefused() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}}) {
            AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", concat(utf8("ok "), bad)), AtomstateException.class);
            assertThat(e.getMessage()).contains("invalid UTF-8 at byte 3");
        }
    }

    @Test
    void truncatedSequenceAtTheEndIsRefused() {
        byte[] bytes = concat(utf8("ab"), new byte[] {(byte) 0xE2, (byte) 0x80});
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).contains("invalid UTF-8");
    }

    @Test
    void utf16And32BomsAreRefused() {
        for (byte[] bom : new byte[][] {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {0, 0, (byte) 0xFE, (byte) 0xFF}}) {
            byte[] bytes = concat(bom, "#\u0000 x".getBytes(StandardCharsets.UTF_16LE));
            AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
            assertThat(e.getMessage()).contains("UTF-16").contains("UTF-8");
        }
    }

    @Test
    void nulIsRefusedWithItsOffset() {
        byte[] bytes = concat(utf8("abcd"), new byte[] {0}, utf8("e"));
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).contains("byte 4").contains("NUL");
    }

    /** A file with both is told of its NUL, wherever the broken sequence is: binary files are the likelier mistake. */
    @Test
    void aNulIsNamedBeforeABrokenSequenceThatComesFirst() {
        byte[] bytes = concat(utf8("ab"), new byte[] {(byte) 0xC0, (byte) 0x41}, utf8("cd"), new byte[] {0});
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.getMessage()).contains("byte 6").contains("NUL");
    }

    /** The byte check that spares a search for U+FFFD takes exactly what the JDK's strict decoder takes. */
    @Test
    void theByteCheckAgreesWithTheStrictDecoder() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261202L);
        int[] edges = {0x01, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};
        int valid = 0;
        int invalid = 0;
        for (int round = 0; round < 60_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = random.nextInt(1, 8);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    out.write(edges[random.nextInt(edges.length)]);
                } else {
                    int cp = random.nextInt(4) == 0 ? random.nextInt(0x10000, 0x110000) : random.nextInt(1, 0x10000);
                    if (cp < 0xD800 || cp > 0xDFFF) {
                        out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            byte[] bytes = out.toByteArray();
            boolean strict;
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            dev.atomstate.model.LineIndex lines = dev.atomstate.model.LineIndex.ofUtf8(bytes, 0);
            assertThat(lines != null).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(strict);
            if (strict) {
                // the lines found in the bytes are the lines of their text
                dev.atomstate.model.LineIndexTest.assertSame(lines, dev.atomstate.model.LineIndex.of(new String(bytes, StandardCharsets.UTF_8)));
            }
            if (strict) {
                valid++;
            } else {
                invalid++;
            }
        }
        assertThat(valid).isGreaterThan(10_000);
        assertThat(invalid).isGreaterThan(10_000);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsRefused() {
        byte[] bytes = concat(utf8("ok "), new byte[] {(byte) 0xE2, (byte) 0x80});
        AtomstateException e = catchThrowableOfType(() -> SourceText.decode("f", bytes), AtomstateException.class);
        assertThat(e.getMessage()).contains("invalid UTF-8 at byte 3");
    }
}
