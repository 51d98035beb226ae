package dev.atomstate.cli;

import dev.atomstate.edit.Splicer;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.io.SourceText;
import dev.atomstate.io.StateFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Writes#editedBytes} splices the edits into the bytes read instead of encoding the whole new text: it must give
 * exactly the bytes the whole text encodes to, for any text (BOM or none, two-, three- and four-byte characters, line
 * breaks of every kind) and any edits (inserts, replacements, deletions, several at one offset, out of order,
 * replacements and ranges at surrogates), on a fixed seed.
 */
class EditedBytesTest {
    private static final String[] PIECES = {"a", "Z", " ", "\n", "\r\n", "\r", "é", "€", "日本", "😀", "- [x] ", "|", "\t"};
    private static final String[] ODD = {"\uD83D", "\uDE00", "😀x", "x😀"};

    @Test
    void splicedBytesAreTheWholeTextEncoded() {
        Random random = new Random(20261202);
        for (int run = 0; run < 3000; run++) {
            boolean bom = random.nextInt(4) == 0;
            String text = text(random, random.nextInt(60));
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = body;
            if (bom) {
                bytes = new byte[body.length + 3];
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
                System.arraycopy(body, 0, bytes, 3, body.length);
            }
            SourceText source = SourceText.decode("STATE.md", bytes);
            StateFile.Loaded loaded = new StateFile.Loaded(Path.of("STATE.md"), Path.of("STATE.md"), bytes, source);
            List<TextEdit> edits = edits(random, text);
            String after = Splicer.apply(text, edits);
            assertThat(Writes.editedBytes(loaded, edits, after)).as("run %d: %s with %s", run, text, edits).isEqualTo(source.encode(after));
        }
    }

    private static String text(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** Non-overlapping edits at any char offset (inside a surrogate pair too), in a shuffled order. */
    private static List<TextEdit> edits(Random random, String text) {
        List<TextEdit> edits = new ArrayList<>();
        int at = 0;
        int count = random.nextInt(4);
        for (int k = 0; k < count && at <= text.length(); k++) {
            int start = at + random.nextInt(text.length() - at + 1);
            int end = start + (random.nextBoolean() ? 0 : random.nextInt(text.length() - start + 1));
            String replacement = random.nextInt(6) == 0 ? ODD[random.nextInt(ODD.length)] : text(random, random.nextInt(4));
            edits.add(new TextEdit(start, end, replacement, "test"));
            at = end;
        }
        if (edits.size() > 1 && random.nextBoolean()) {
            edits.add(0, edits.remove(edits.size() - 1));
        }
        return edits;
    }
}
