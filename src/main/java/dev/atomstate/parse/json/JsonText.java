package dev.atomstate.parse.json;

import dev.atomstate.model.AtomstateException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * JSON read into nodes that know where they sit in the text (char offsets), so that a settings file can be edited
 * by splicing a few ranges and every other byte stays as the user wrote it. Strict JSON, plus {@code //} and
 * {@code /* *}{@code /} comments where whitespace may go (Gemini CLI's settings allow them). Small and without
 * dependencies: hooks that run on every tool call parse their input with it, and load no JSON library.
 */
public final class JsonText {
    /** A value and its range {@code [start, end)} in the text. */
    public sealed interface Node permits Obj, Arr, Str, Scalar {
        int start();

        int end();
    }

    /** {@code "key": value}; the member's text runs from {@code keyStart} to the value's end. */
    public record Member(String key, int keyStart, Node value) {
    }

    public record Obj(int start, int end, List<Member> members) implements Node {
        /** The member named {@code key} (the last one, as JavaScript reads duplicates), or null. */
        public Member member(String key) {
            Member found = null;
            for (Member m : members) {
                if (m.key().equals(key)) {
                    found = m;
                }
            }
            return found;
        }

        public Node get(String key) {
            Member m = member(key);
            return m == null ? null : m.value();
        }

        /** The text of string member {@code key}, or null when absent or not a string. */
        public String string(String key) {
            return get(key) instanceof Str s ? s.value() : null;
        }
    }

    public record Arr(int start, int end, List<Node> items) implements Node {
    }

    public record Str(int start, int end, String value) implements Node {
    }

    /** A number, {@code true}, {@code false} or {@code null}, as written. */
    public record Scalar(int start, int end, String raw) implements Node {
    }

    private static final int MAX_DEPTH = 200;

    private final String name;
    private final String text;
    private int pos;

    private JsonText(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Parses the whole of {@code text}; {@code name} is how refusals call it. Refuses with file:line:column. */
    public static Node parse(String name, String text) {
        JsonText p = new JsonText(name, text);
        p.skipSpace();
        Node root = p.value(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the JSON value");
        }
        return root;
    }

    private Node value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested more than " + MAX_DEPTH + " levels deep");
        }
        if (pos >= text.length()) {
            throw error("unexpected end of the file");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            default -> scalar();
        };
    }

    private Obj object(int depth) {
        int start = pos++;
        List<Member> members = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return new Obj(start, pos, List.of());
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a member name in quotes");
            }
            int keyStart = pos;
            String key = string().value();
            skipSpace();
            expect(':');
            skipSpace();
            members.add(new Member(key, keyStart, value(depth + 1)));
            skipSpace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new Obj(start, pos, Collections.unmodifiableList(members));
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private Arr array(int depth) {
        int start = pos++;
        List<Node> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            pos++;
            return new Arr(start, pos, List.of());
        }
        while (true) {
            skipSpace();
            items.add(value(depth + 1));
            skipSpace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new Arr(start, pos, Collections.unmodifiableList(items));
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private Str string() {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return new Str(start, pos, sb.toString());
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character inside a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = pos < text.length() ? text.charAt(pos++) : 0;
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                        throw error("a \\u escape needs four hex digits");
                    }
                    sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("an unknown escape in a string");
                }
            }
        }
    }

    private Scalar scalar() {
        int start = pos;
        while (pos < text.length() && "{}[],:\"/ \t\r\n".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        String raw = text.substring(start, pos);
        if (!raw.matches("true|false|null|-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            pos = start;
            throw error(raw.isEmpty() ? "expected a value" : "'" + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "' is not a JSON value");
        }
        return new Scalar(start, pos, raw);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || (pos == 0 && c == '\ufeff')) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) {
                    throw error("a /* comment is not closed");
                }
                pos = close + 2;
            } else {
                return;
            }
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of the file");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private AtomstateException error(String what) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return AtomstateException.input(name + ":" + line + ":" + col + ": not valid JSON (" + what + "); fix the file first; nothing was written");
    }
}
