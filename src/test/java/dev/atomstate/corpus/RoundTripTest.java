package dev.atomstate.corpus;

import dev.atomstate.edit.Change;
import dev.atomstate.io.SourceText;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §2.1: parse → write with no change reproduces the input exactly, for every file we can read. Every
 * seed and corpus file (state, worklog, roadmap) in five spellings: as stored, with CRLF line endings, with a
 * UTF-8 byte-order mark, without the final newline, and CRLF without the final newline.
 */
class RoundTripTest {

    @TestFactory
    Stream<DynamicTest> everySharedFileRoundTrips() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Shared.all()) {
            for (Map.Entry<String, java.util.function.Function<byte[], byte[]>> v : variants().entrySet()) {
                tests.add(Named.test(Files.name(p) + " [" + v.getKey() + "]",
                        () -> roundTrip(Files.name(p), v.getValue().apply(Files.bytes(p)))));
            }
        }
        return tests.stream();
    }

    private static Map<String, java.util.function.Function<byte[], byte[]>> variants() {
        Map<String, java.util.function.Function<byte[], byte[]>> m = new java.util.LinkedHashMap<>();
        m.put("as stored", b -> b);
        m.put("crlf", b -> utf8(Shared.toCrlf(utf8(b))));
        m.put("bom", Files::withBom);
        m.put("no final newline", b -> utf8(Files.withoutFinalNewline(utf8(b))));
        m.put("crlf, no final newline", b -> utf8(Files.withoutFinalNewline(Shared.toCrlf(utf8(b)))));
        m.put("bom, crlf", b -> Files.withBom(utf8(Shared.toCrlf(utf8(b)))));
        return m;
    }

    static void roundTrip(String name, byte[] bytes) {
        SourceText source = SourceText.decode(name, bytes);
        String text = source.text();
        assertThat(source.encode(text)).as("decode then encode gives the same bytes").isEqualTo(bytes);
        assertThat(source.hasBom()).isEqualTo(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF);

        ParsedState ps = StateParser.parse(name, text);
        assertThat(ps.text()).isSameAs(text);

        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (Line line : ps.doc().lines()) {
            assertThat(line.start()).as("line %d starts where the previous one ended", line.number()).isEqualTo(expectedStart);
            assertThat(line.content()).as("line %d content", line.number()).doesNotContain("\n")
                    .isEqualTo(text.substring(line.start(), line.contentEnd()));
            assertThat(line.terminator(text)).as("line %d terminator", line.number()).isIn("\n", "\r\n", "");
            if (line.terminator(text).isEmpty()) {
                assertThat(line.end()).as("only the last line may lack a terminator").isEqualTo(text.length());
            }
            joined.append(line.content()).append(line.terminator(text));
            expectedStart = line.end();
        }
        assertThat(joined.toString()).as("lines joined with their terminators").isEqualTo(text);

        Change empty = new Change(List.of(), List.of(), "nothing", Map.of());
        String applied = empty.apply(text);
        assertThat(applied).isEqualTo(text);
        assertThat(source.encode(applied)).isEqualTo(bytes);

        ParsedState again = StateParser.parse(name, text);
        assertThat(again.model()).as("model is deterministic").isEqualTo(ps.model());
        assertThat(again.handles()).as("handles are deterministic").isEqualTo(ps.handles());
        assertThat(again.problems()).as("problems are deterministic").isEqualTo(ps.problems());
        assertThat(again.doc().lines()).isEqualTo(ps.doc().lines());
        assertThat(again.doc().sections()).isEqualTo(ps.doc().sections());
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
