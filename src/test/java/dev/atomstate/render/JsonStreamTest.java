package dev.atomstate.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed JSON is byte for byte what Jackson's default pretty printer prints for the same tree, over generated
 * trees (fixed seed 20261201: nesting, empty and one-element containers, every control character, quotes,
 * backslashes, non-ASCII and astral text, whole and floating-point numbers, booleans, nulls); trees with other values go to Jackson.
 */
class JsonStreamTest {
    private static final long SEED = 20261201L;
    private static final String ALPHABET = "ab \"\\/\u0000\u0001\u001f\u007f\b\f\n\r\t\u00e9\u2014\u2028\ud83d\ude00{}[]:,";

    @Test
    void generatedTreesAreWrittenAsJacksonWritesThem() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            Map<String, Object> doc = object(random, 0);
            assertThat(JsonStream.writes(doc)).isTrue();
            assertThat(streamed(doc)).as("tree %d of seed %d", i, SEED).isEqualTo(jackson(doc));
        }
    }

    @Test
    void theFixedShapesOfThePrettyPrinter() throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("empty", Map.of());
        doc.put("none", List.of());
        doc.put("rows", List.of(Map.of("a", 1), Map.of("b", List.of(Map.of()))));
        doc.put("n", null);
        String expected = jackson(doc);
        assertThat(expected).contains("\"empty\" : { }").contains("\"none\" : [ ]").contains("[ {");
        assertThat(streamed(doc)).isEqualTo(expected);
    }

    @Test
    void otherValuesAreLeftToJackson() {
        assertThat(JsonStream.writes(Map.of("d", LocalDate.of(2026, 1, 2)))).isFalse();
        assertThat(JsonStream.writes(Map.of("x", Double.NaN))).isFalse();
        assertThat(JsonStream.writes(Map.of("x", 1.5f))).isFalse();
        assertThat(JsonStream.writes(Map.of("l", List.of("a", new Object())))).isFalse();
        Map<Object, Object> intKeys = new LinkedHashMap<>();
        intKeys.put(1, "a");
        assertThat(JsonStream.writes(intKeys)).isFalse();
    }

    private static String streamed(Object doc) {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink);
        JsonStream.println(out, doc);
        out.flush();
        return sink.toString();
    }

    private static String jackson(Object doc) throws Exception {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + System.lineSeparator();
    }

    private static Map<String, Object> object(Random r, int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = r.nextInt(depth == 0 ? 6 : 4);
        for (int i = 0; i < n; i++) {
            m.put(text(r) + i, value(r, depth + 1));
        }
        return m;
    }

    private static Object value(Random r, int depth) {
        int kind = r.nextInt(depth > 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> null;
            case 1 -> r.nextBoolean();
            case 2 -> r.nextInt(2001) - 1000;
            case 3 -> r.nextBoolean() ? r.nextLong() : r.nextInt(5) == 0 ? (double) r.nextInt(100)
                    : r.nextBoolean() ? r.nextDouble() * 100 : r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            case 4, 5 -> text(r);
            case 6 -> object(r, depth);
            default -> {
                List<Object> list = new ArrayList<>();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    list.add(value(r, depth + 1));
                }
                yield list;
            }
        };
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(8);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
