package dev.atomstate.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line index made from a text and the one made from its UTF-8 bytes are the same, and both are what a plain
 * reading of the text says: lines split at LF, CRLF and lone CR, the tracked marks each line holds, and its lead.
 */
public class LineIndexTest {

    /** Pieces random texts are made of: every kind of break, whitespace the lead skips or not, marks, wide chars. */
    private static final String[] PIECES = {"\n", "\r\n", "\r", "\r\r\n", " ", "\t", "\u000B", "\f", "\u001C", "\u001F",
            "\u00A0", "\u3000", "\u2003", "#", "|", "*", "_", ":", "[", "<", "`", "~", "p", "P", "-", "a", "Z", "9", "é",
            "→", "决", "😀", "**Key:**", "- [x] item", "| a | b |", "## Heading", "```", "<!-- x -->", "\u0085"};

    @Test
    void theBytesAndTheTextGiveTheSameIndexAndItIsWhatTheTextSays() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(0, 14);
            for (int p = 0; p < parts; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            LineIndex fromText = LineIndex.of(text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertSame(LineIndex.ofUtf8(bytes, 0), fromText);
            assertThat(fromText.utf8Length()).isEqualTo(-1);
            assertThat(LineIndex.ofUtf8(bytes, 0).utf8Length()).isEqualTo(bytes.length);
            assertIsWhatTheTextSays(fromText, text);
        }
    }

    /** The text is read in blocks of 8,192 chars: a CRLF, a lead or a mark across a block's edge is still seen whole. */
    @Test
    void aBreakAcrossTheTextsReadingBlocksIsOneBreak() {
        for (int before = 8185; before <= 8195; before++) {
            for (String tail : new String[] {"\r\n# b\n", "\r\r\n|x", "\n  * y", "→\r\n:", "\r"}) {
                String text = "a".repeat(before) + tail + "\n" + " ".repeat(before) + "[z\r\n";
                LineIndex fromText = LineIndex.of(text);
                assertSame(LineIndex.ofUtf8(text.getBytes(StandardCharsets.UTF_8), 0), fromText);
                assertIsWhatTheTextSays(fromText, text);
            }
        }
    }

    @Test
    void aBomOffsetIsSkippedAndOffsetsAreInCharsOfTheText() {
        String text = "😀 →\r\nb";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        LineIndex index = LineIndex.ofUtf8(withBom, 3);
        assertThat(index.starts()).containsExactly(0, 6, 7); // "😀" is two chars: a surrogate pair
        assertThat(index.terminators()).containsExactly(2, 0);
        assertThat(index.utf8Length()).isEqualTo(body.length);
    }

    @Test
    void aNulOrABrokenSequenceGivesNoIndex() {
        assertThat(LineIndex.ofUtf8(new byte[] {'a', 0, 'b'}, 0)).isNull();
        assertThat(LineIndex.ofUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0x80}, 0)).isNull(); // an overlong NUL
        assertThat(LineIndex.ofUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x86}, 0)).isNull(); // cut short at the end
        assertThat(LineIndex.ofUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0)).isNull(); // a surrogate
        assertThat(LineIndex.ofUtf8(new byte[0], 0).lineCount()).isZero();
    }

    /** The two indexes hold the same lines, marks and leads. */
    public static void assertSame(LineIndex actual, LineIndex expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.lineCount()).isEqualTo(expected.lineCount());
        assertThat(actual.starts()).containsExactly(expected.starts());
        assertThat(actual.terminators()).containsExactly(expected.terminators());
        assertThat(actual.marks()).containsExactly(expected.marks());
        assertThat(actual.leads()).containsExactly(expected.leads());
    }

    /** A reading of the text that shares no code with the index: a split, then each line looked at on its own. */
    private static void assertIsWhatTheTextSays(LineIndex index, String text) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> terminators = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\r\n|\r|\n").matcher(text);
        int start = 0;
        while (m.find()) {
            starts.add(start);
            terminators.add(m.end() - m.start());
            start = m.end();
        }
        if (start < text.length()) {
            starts.add(start);
            terminators.add(0);
        }
        assertThat(index.lineCount()).as("lines of %s", text).isEqualTo(starts.size());
        for (int i = 0; i < index.lineCount(); i++) {
            int from = starts.get(i);
            String content = text.substring(from, index.starts()[i + 1] - terminators.get(i));
            assertThat(index.starts()[i]).isEqualTo(from);
            assertThat((int) index.terminators()[i]).isEqualTo(terminators.get(i));
            for (char c : LineIndex.TRACKED.toCharArray()) {
                assertThat((index.marks()[i] & LineIndex.bit(c)) != 0).as("%s holds %s", content, c).isEqualTo(content.indexOf(c) >= 0);
            }
            String afterAsciiSpace = content.replaceFirst("^[\\t\\u000B\\f\\u001C-\\u001F ]+", "");
            byte lead = afterAsciiSpace.isEmpty() ? LineIndex.BLANK
                    : afterAsciiSpace.charAt(0) < 128 ? (byte) afterAsciiSpace.charAt(0) : LineIndex.OTHER;
            assertThat(index.leads()[i]).as("lead of %s", content).isEqualTo(lead);
        }
        assertThat(index.starts()[index.lineCount()]).isEqualTo(text.length());
    }
}
