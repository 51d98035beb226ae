package dev.atomstate.edit.json;

import dev.atomstate.parse.json.JsonText;

import java.util.List;
import java.util.Map;

/**
 * Small edits of JSON text: add a member or an item, remove one, each as one splice of the text, written in the
 * file's own line endings and indentation. Everything outside the splice keeps its bytes (comments, spacing, key
 * order, other people's entries). New values are printed from plain maps, lists, strings, numbers and booleans.
 */
public final class JsonEdits {
    private JsonEdits() {
    }

    /** How the file writes: its line break and its indentation step. */
    public record Style(String newline, String unit) {
        public static final Style DEFAULT = new Style("\n", "  ");

        public static Style of(String text) {
            String newline = text.contains("\r\n") ? "\r\n" : "\n";
            String unit = null;
            for (String line : text.split("\r?\n")) {
                int n = 0;
                while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
                    n++;
                }
                if (n > 0 && n < line.length() && (unit == null || n < unit.length())) {
                    unit = line.substring(0, n);
                }
            }
            return new Style(newline, unit == null ? "  " : unit);
        }
    }

    /** {@code obj} with member {@code key: value} added after its last member (or as its first). */
    public static String addMember(String text, JsonText.Obj obj, String key, Object value, Style style) {
        String member = quote(key) + ": ";
        if (obj.members().isEmpty()) {
            return intoEmpty(text, obj.start(), obj.end(), member, value, style);
        }
        JsonText.Member last = obj.members().get(obj.members().size() - 1);
        return after(text, last.keyStart(), last.value().end(), member, value, style);
    }

    /** {@code arr} with {@code value} appended. */
    public static String addItem(String text, JsonText.Arr arr, Object value, Style style) {
        if (arr.items().isEmpty()) {
            return intoEmpty(text, arr.start(), arr.end(), "", value, style);
        }
        JsonText.Node last = arr.items().get(arr.items().size() - 1);
        return after(text, last.start(), last.end(), "", value, style);
    }

    /** {@code obj} without member {@code index}, and without the comma and space that separated it. */
    public static String removeMember(String text, JsonText.Obj obj, int index) {
        List<JsonText.Member> m = obj.members();
        if (m.size() == 1) {
            return text.substring(0, obj.start() + 1) + text.substring(obj.end() - 1);
        }
        if (index > 0) {
            return text.substring(0, m.get(index - 1).value().end()) + text.substring(m.get(index).value().end());
        }
        return text.substring(0, m.get(0).keyStart()) + text.substring(m.get(1).keyStart());
    }

    /** {@code arr} without item {@code index}, and without its separator. */
    public static String removeItem(String text, JsonText.Arr arr, int index) {
        List<JsonText.Node> items = arr.items();
        if (items.size() == 1) {
            return text.substring(0, arr.start() + 1) + text.substring(arr.end() - 1);
        }
        if (index > 0) {
            return text.substring(0, items.get(index - 1).end()) + text.substring(items.get(index).end());
        }
        return text.substring(0, items.get(0).start()) + text.substring(items.get(1).start());
    }

    /** A whole new file holding {@code value}. */
    public static String document(Object value, Style style) {
        return render(value, "", style) + style.newline();
    }

    /** After the last entry: on its own line, indented like it, when the entry sits on its own line; else inline. */
    private static String after(String text, int lastStart, int lastEnd, String prefix, Object value, Style style) {
        String indent = indentBefore(text, lastStart);
        String insert = indent == null
                ? ", " + prefix + inline(value)
                : "," + style.newline() + indent + prefix + render(value, indent, style);
        return text.substring(0, lastEnd) + insert + text.substring(lastEnd);
    }

    private static String intoEmpty(String text, int open, int close, String prefix, Object value, Style style) {
        String outer = lineIndent(text, open);
        String inner = outer + style.unit();
        return text.substring(0, open + 1) + style.newline() + inner + prefix + render(value, inner, style) + style.newline() + outer
                + text.substring(close - 1);
    }

    /** The whitespace between the start of the line and {@code offset}, or null when something else is there. */
    private static String indentBefore(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        String before = text.substring(lineStart, offset);
        return before.isBlank() ? before : null;
    }

    private static String lineIndent(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < offset && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    /** {@code value} printed over several lines, its inner lines indented one step deeper than {@code indent}. */
    static String render(Object value, String indent, Style style) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            StringBuilder sb = new StringBuilder("{");
            String inner = indent + style.unit();
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",").append(style.newline()).append(inner).append(quote(String.valueOf(e.getKey()))).append(": ")
                        .append(render(e.getValue(), inner, style));
                first = false;
            }
            return sb.append(style.newline()).append(indent).append('}').toString();
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            StringBuilder sb = new StringBuilder("[");
            String inner = indent + style.unit();
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? "," : "").append(style.newline()).append(inner).append(render(list.get(i), inner, style));
            }
            return sb.append(style.newline()).append(indent).append(']').toString();
        }
        return inline(value);
    }

    /** {@code value} on one line. */
    static String inline(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ", ").append(quote(String.valueOf(e.getKey()))).append(": ").append(inline(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(inline(list.get(i)));
            }
            return sb.append(']').toString();
        }
        if (value instanceof String s) {
            return quote(s);
        }
        return String.valueOf(value);
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
