package dev.atomstate.render;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Writes a JSON tree of maps, lists, strings, booleans, numbers and null straight to the output, in exactly the
 * form Jackson's default pretty printer gives ({@code "key" : value}, objects two spaces deeper per level of nesting,
 * arrays on one line as {@code [ a, b ]} adding no level, empty ones as {@code { }} and {@code [ ]}): the contract's JSON is unchanged
 * while {@code --json} neither loads Jackson's databind (a few hundred classes, a cold run's largest cost) nor builds
 * the whole document as one string before printing it. {@link Json} hands anything else to Jackson.
 * JsonStreamTest holds the two to the same bytes over generated trees (fixed seed).
 */
final class JsonStream {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Jackson's pretty printer breaks lines with the platform's separator. */
    private static final String LINE_BREAK = System.lineSeparator();

    private final PrintWriter out;

    private JsonStream(PrintWriter out) {
        this.out = out;
    }

    /** Whether every value in the tree is one this writer writes as Jackson would. */
    static boolean writes(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return true;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d); // Jackson quotes NaN and the infinities
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String) || !writes(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Iterable<?> list && value instanceof java.util.Collection<?>) {
            for (Object v : list) {
                if (!writes(v)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Writes {@code value} (see {@link #writes}) and a line break. */
    static void println(PrintWriter out, Object value) {
        new JsonStream(out).value(value, 0);
        out.println();
    }

    private void value(Object v, int nesting) {
        if (v == null) {
            out.write("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Map<?, ?> m) {
            object(m, nesting);
        } else if (v instanceof Iterable<?> list) {
            array(list, nesting);
        } else {
            out.write(v.toString()); // Boolean, whole numbers, finite Double (Double.toString, as Jackson)
        }
    }

    private void object(Map<?, ?> m, int nesting) {
        out.write('{');
        if (m.isEmpty()) {
            out.write(" }");
            return;
        }
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.write(first ? "" : ",");
            first = false;
            indent(nesting + 1);
            string((String) e.getKey());
            out.write(" : ");
            value(e.getValue(), nesting + 1);
        }
        indent(nesting);
        out.write('}');
    }

    private void array(Iterable<?> list, int nesting) {
        out.write('[');
        boolean first = true;
        for (Object v : list) {
            out.write(first ? " " : ", ");
            first = false;
            value(v, nesting); // an array on one line adds no level: its objects indent as the array's owner
        }
        out.write(" ]");
    }

    private void indent(int level) {
        out.write(LINE_BREAK);
        for (int i = 0; i < level; i++) {
            out.write("  ");
        }
    }

    private void string(String s) {
        out.write('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.write(s, from, i - from);
            from = i + 1;
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '\b' -> out.write("\\b");
                case '\f' -> out.write("\\f");
                default -> {
                    out.write("\\u00");
                    out.write(HEX[c >> 4]);
                    out.write(HEX[c & 0xF]);
                }
            }
        }
        out.write(s, from, n - from);
        out.write('"');
    }
}
