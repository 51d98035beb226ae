package dev.atomstate.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML frontmatter and config files nearly always are, read by hand: {@code key: value} lines, maps nested by
 * indentation, block lists of scalars, plain, single- and double-quoted scalars, comment lines. A hook command on
 * such a file then never loads Jackson's YAML stack (400 to 550 classes, a third of a cold run's time).
 *
 * <p>The answer is a reading or "ask the parser", never "invalid": anything outside this subset, valid or not, goes
 * to Jackson, which also words every message. The subset is kept narrow on purpose (no tabs, no flow collections
 * but {@code []} and {@code {}}, no anchors, tags or block scalars, no {@code ": "} or {@code " #"} inside a plain
 * scalar, no key twice in one map), and {@code SimpleYamlTest} holds every reading to Jackson's.
 */
public final class SimpleYaml {
    private SimpleYaml() {
    }

    /** A scalar as written: its text (quotes taken off and escapes read) and whether it was plain, which YAML may type. */
    public record Scalar(String text, boolean plain) {
    }

    /** Whether {@code yaml} is in the subset, and so certainly valid YAML. */
    public static boolean isCertainlyValid(String yaml) {
        return read(yaml) != null;
    }

    /**
     * The mapping {@code yaml} holds, or null when it is outside the subset. Values are a {@link Scalar}, a nested
     * map, a list of scalars, or null for a key with nothing after it.
     */
    public static Map<String, Object> read(String yaml) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> maps = new ArrayList<>();
        maps.add(root);
        String openKey = null;
        List<Object> list = null;
        int[] levels = new int[8];
        int depth = 0; // levels[0..depth] are the indents of the open maps; the root is at 0
        levels[0] = 0;
        int openKeyIndent = -1; // a "key:" with nothing after it, whose value may follow on more-indented lines
        int listIndent = -1; // the indent of the "- item" lines of the list being read
        int from = 0;
        while (from <= yaml.length()) {
            int nl = yaml.indexOf('\n', from);
            int end = nl < 0 ? yaml.length() : nl;
            int contentEnd = end > from && yaml.charAt(end - 1) == '\r' ? end - 1 : end;
            String line = yaml.substring(from, contentEnd);
            from = end + 1;
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            if (indent == line.length()) {
                continue;
            }
            if (line.indexOf('\t') >= 0 || line.indexOf('\r') >= 0) {
                return null;
            }
            char first = line.charAt(indent);
            if (first == '#') {
                continue;
            }
            if (first == '-' && (indent + 1 == line.length() || line.charAt(indent + 1) == ' ')) {
                Scalar item = scalar(spacesOff(line.substring(Math.min(line.length(), indent + 2))));
                if (item == null) {
                    return null;
                }
                if (indent == listIndent) {
                    list.add(item);
                    continue;
                }
                if (listIndent < 0 && openKeyIndent >= 0 && indent >= openKeyIndent) {
                    listIndent = indent;
                    list = new ArrayList<>();
                    list.add(item);
                    maps.get(depth).put(openKey, list);
                    openKeyIndent = -1;
                    continue;
                }
                return null;
            }
            int colon = keyEnd(line, indent);
            if (colon < 0) {
                return null;
            }
            listIndent = -1;
            if (openKeyIndent >= 0 && indent > openKeyIndent) {
                if (depth + 1 == levels.length) {
                    levels = Arrays.copyOf(levels, levels.length * 2);
                }
                levels[++depth] = indent;
                Map<String, Object> child = new LinkedHashMap<>();
                maps.get(depth - 1).put(openKey, child);
                maps.add(depth, child);
            }
            openKeyIndent = -1;
            while (depth > 0 && indent < levels[depth]) {
                maps.remove(depth);
                depth--;
            }
            if (indent != levels[depth]) {
                return null;
            }
            String key = line.substring(indent, colon);
            Map<String, Object> map = maps.get(depth);
            if (map.containsKey(key)) {
                return null;
            }
            String value = spacesOff(line.substring(colon + 1));
            if (value.isEmpty()) {
                map.put(key, null);
                openKey = key;
                openKeyIndent = indent;
            } else if (value.equals("[]")) {
                map.put(key, List.of());
            } else if (value.equals("{}")) {
                map.put(key, Map.of());
            } else {
                Scalar v = scalar(value);
                if (v == null) {
                    return null;
                }
                map.put(key, v);
            }
        }
        return root;
    }

    /** The offset of the colon of a plain key ({@code [A-Za-z0-9_][A-Za-z0-9_.-]*:} then a space or the end), or -1. */
    private static int keyEnd(String line, int at) {
        int i = at;
        if (i >= line.length() || !isKeyChar(line.charAt(i)) || line.charAt(i) == '.' || line.charAt(i) == '-') {
            return -1;
        }
        while (i < line.length() && isKeyChar(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ':') {
            return -1;
        }
        return i + 1 == line.length() || line.charAt(i + 1) == ' ' ? i : -1;
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
    }

    /** A plain, single-quoted or double-quoted scalar on one line, as the subset allows it; else null. */
    private static Scalar scalar(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char first = s.charAt(0);
        if (first == '"') {
            return doubleQuoted(s);
        }
        if (first == '\'') {
            return singleQuoted(s);
        }
        return isPlain(s) ? new Scalar(s, true) : null;
    }

    private static Scalar doubleQuoted(String s) {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '"') {
            return null;
        }
        StringBuilder text = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                if (i == s.length() - 1 || s.charAt(i) != '\\' && s.charAt(i) != '"') {
                    return null;
                }
                text.append(s.charAt(i));
            } else if (c == '"' || !isPrintable(c)) {
                return null;
            } else {
                text.append(c);
            }
        }
        return new Scalar(text.toString(), false);
    }

    private static Scalar singleQuoted(String s) {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '\'') {
            return null;
        }
        StringBuilder text = new StringBuilder(s.length());
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i++;
                if (i == s.length() - 1 || s.charAt(i) != '\'') {
                    return null;
                }
            } else if (!isPrintable(c)) {
                return null;
            }
            text.append(c);
        }
        return new Scalar(text.toString(), false);
    }

    /** A plain scalar that cannot be read as anything but itself: no indicator first, no ": " or " #" inside. */
    private static boolean isPlain(String s) {
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 && !(first == '-' && s.length() > 1 && s.charAt(1) >= '0' && s.charAt(1) <= '9')) {
            return false;
        }
        if (s.endsWith(":") || s.contains(": ") || s.contains(" #")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isPrintable(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Printable ASCII and the Basic Multilingual Plane past the C1 controls, without surrogates, BOM, non-characters,
     * or U+2028 and U+2029, at which SnakeYAML breaks a line.
     */
    private static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029 || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    /** {@code s} without leading and trailing spaces: YAML's white space, not String.strip's (an em space is text). */
    private static String spacesOff(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return s.substring(from, to);
    }
}
