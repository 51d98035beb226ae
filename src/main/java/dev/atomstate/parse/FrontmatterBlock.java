package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One YAML frontmatter block: "---" at the top of the file (or right after another block: some tools
 * stack them), YAML lines, "---" again. Keys are located line by line so that a value can be replaced
 * without re-serialising the YAML; validity is checked separately (FrontmatterYaml), only when needed.
 */
public final class FrontmatterBlock {
    /** A scalar value of a key; {@code path} is "key" or "parent.key" (one nesting level, as GSD writes). */
    public record Entry(String path, int line, Span value, String raw) {
        /** The value without surrounding quotes (YAML escapes are not interpreted beyond \" and ''). */
        public String unquoted() {
            String v = raw;
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
                return v.substring(1, v.length() - 1).replace("''", "'");
            }
            return v;
        }
    }

    /**
     * Plain scalars YAML 1.1 or the 1.2 core schema reads as a number: every base (0b, 0o, 0, 0x), {@code _}
     * separators, sexagesimal ({@code 12:30} is 750), exponents, {@code .inf} and {@code .nan}. A superset of both
     * resolvers, case-insensitive: quoting a string that needed none is harmless, the other way round is not.
     */
    private static final LazyPattern NUMBER = LazyPattern.of(
            "(?i)[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-f_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
                    + "|(?:[0-9_]+(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:e[-+]?[0-9]+)?|\\.inf)|\\.nan");
    /** A line that opens a YAML mapping entry ("key:", "phase_name: x"). */
    private static final LazyPattern KEY_LINE = LazyPattern.of("[A-Za-z_][\\w.-]*\\s*:.*");
    private static final LazyPattern BOOLEAN = LazyPattern.of("(?i)y|n|yes|no|true|false|on|off");
    private static final LazyPattern NULL = LazyPattern.of("(?i)~|null|");
    /** YAML 1.1 timestamps: a date, or a date and a time with an optional fraction and zone. */
    private static final LazyPattern TIMESTAMP = LazyPattern.of(
            "(?i)[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:t|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
                    + "(?:[ \\t]*(?:z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?)?");

    /** What YAML reads a plain scalar as, when not a string: "number", "boolean", "null", "timestamp", "special"; else null. */
    public static String yamlType(String s) {
        if (NUMBER.matcher(s).matches()) {
            return "number";
        }
        if (BOOLEAN.matcher(s).matches()) {
            return "boolean";
        }
        if (NULL.matcher(s).matches()) {
            return "null";
        }
        if (TIMESTAMP.matcher(s).matches()) {
            return "timestamp";
        }
        // the YAML 1.1 merge key and value indicator
        return s.equals("<<") || s.equals("=") ? "special" : null;
    }

    /** Whether YAML reads the plain scalar {@code s} as anything but the string (see {@link #yamlType}). */
    public static boolean isTypedScalar(String s) {
        return yamlType(s) != null;
    }

    /**
     * Whether {@code value} may be written plain where the plain scalar {@code old} stood: it reads as a string, or as
     * the same kind of value {@code old} already was (a number key stays a number).
     */
    public static boolean plainKeepsItsType(String old, String value) {
        String t = yamlType(value);
        return t == null || old != null && t.equals(yamlType(old)) && !t.equals("special");
    }

    private final int openLine;
    private final int closeLine;
    private final Span yaml;
    private final Map<String, Entry> entries;

    private FrontmatterBlock(int openLine, int closeLine, Span yaml, Map<String, Entry> entries) {
        this.openLine = openLine;
        this.closeLine = closeLine;
        this.yaml = yaml;
        this.entries = entries;
    }

    public int openLine() {
        return openLine;
    }

    public int closeLine() {
        return closeLine;
    }

    /** The YAML between the delimiters, as written; {@code text} is the text the block was read from. */
    public String yaml(String text) {
        return yaml.of(text);
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String path) {
        return entries.get(path);
    }

    static List<FrontmatterBlock> scan(String text, List<Line> lines) {
        List<FrontmatterBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && isDelimiter(lines.get(i).content())) {
            int close = -1;
            for (int k = i + 1; k < lines.size(); k++) {
                String c = lines.get(k).content();
                if (isDelimiter(c) || c.strip().equals("...")) {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                break;
            }
                        // An empty block ("---" twice) is frontmatter; "---" above prose is a thematic break.
            if (!looksLikeYaml(lines, i + 1, close) && !(blocks.isEmpty() && close == i + 1)) {
                break;
            }
            Span yaml = close == i + 1 ? new Span(lines.get(close).start(), lines.get(close).start())
                    : new Span(lines.get(i + 1).start(), lines.get(close - 1).end());
            blocks.add(new FrontmatterBlock(i, close, yaml, entries(text, lines, i + 1, close)));
            int next = close + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= lines.size() || !isDelimiter(lines.get(next).content())) {
                break;
            }
            i = next;
        }
        return blocks;
    }

    /**
     * 0 when the text opens a frontmatter block that is never closed: "---" first, a "key:" line right after it,
     * and no "---" or "..." anywhere below; else -1. Such a file cannot be read as frontmatter and body.
     */
    static int unclosedAt(List<Line> lines) {
        if (lines.size() < 2 || !isDelimiter(lines.get(0).content()) || !KEY_LINE.matcher(lines.get(1).content()).matches()) {
            return -1;
        }
        for (int k = 1; k < lines.size(); k++) {
            String c = lines.get(k).content();
            if (isDelimiter(c) || c.strip().equals("...")) {
                return -1;
            }
        }
        return 0;
    }

    private static boolean isDelimiter(String content) {
        return content.stripTrailing().equals("---");
    }

    private static boolean looksLikeYaml(List<Line> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            String c = lines.get(k).content();
            if (c.isBlank() || c.startsWith("#")) {
                continue;
            }
            return KEY_LINE.matcher(c).matches();
        }
        return false;
    }

    private static Map<String, Entry> entries(String text, List<Line> lines, int from, int to) {
        Map<String, Entry> map = new LinkedHashMap<>();
        String parent = null;
        for (int k = from; k < to; k++) {
            Line line = lines.get(k);
            String c = line.content();
            if (c.isBlank() || c.stripLeading().startsWith("#")) {
                continue;
            }
            int indent = 0;
            while (indent < c.length() && c.charAt(indent) == ' ') {
                indent++;
            }
            int colon = keyColon(c, indent);
            if (colon < 0) {
                continue;
            }
            String key = c.substring(indent, colon).strip();
            if (key.startsWith("\"") && key.endsWith("\"") && key.length() >= 2) {
                key = key.substring(1, key.length() - 1);
            }
            int vStart = colon + 1;
            while (vStart < c.length() && (c.charAt(vStart) == ' ' || c.charAt(vStart) == '\t')) {
                vStart++;
            }
            int vEnd = scalarEnd(c, vStart);
            String path;
            if (indent == 0) {
                parent = key;
                path = key;
            } else if (parent != null) {
                path = parent + "." + key;
            } else {
                continue;
            }
            String raw = c.substring(vStart, vEnd);
            map.putIfAbsent(path, new Entry(path, k, new Span(line.start() + vStart, line.start() + vEnd), raw));
        }
        return map;
    }

    /** The colon ending a plain or double-quoted key, or -1 when the line is not "key: …". */
    private static int keyColon(String c, int from) {
        if (from >= c.length() || c.charAt(from) == '-') {
            return -1;
        }
        int i = from;
        if (c.charAt(i) == '"') {
            int close = c.indexOf('"', i + 1);
            if (close < 0) {
                return -1;
            }
            i = close + 1;
            return i < c.length() && c.charAt(i) == ':' ? i : -1;
        }
        for (; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (ch == ':' && (i + 1 == c.length() || c.charAt(i + 1) == ' ' || c.charAt(i + 1) == '\t')) {
                return i;
            }
            if (ch == ' ' && i + 1 < c.length() && c.charAt(i + 1) == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** Where a scalar ends: the closing quote of a quoted one, else before " #comment" and trailing spaces. */
    private static int scalarEnd(String c, int start) {
        if (start >= c.length()) {
            return start;
        }
        char q = c.charAt(start);
        if (q == '"' || q == '\'') {
            for (int i = start + 1; i < c.length(); i++) {
                if (q == '"' && c.charAt(i) == '\\') {
                    i++;
                } else if (c.charAt(i) == q) {
                    if (q == '\'' && i + 1 < c.length() && c.charAt(i + 1) == '\'') {
                        i++;
                        continue;
                    }
                    return i + 1;
                }
            }
            return c.stripTrailing().length();
        }
        int hash = c.indexOf(" #", start);
        int end = hash >= 0 ? hash : c.length();
        while (end > start && Character.isWhitespace(c.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
