package dev.atomstate.parse;

import java.util.Arrays;

/**
 * The YAML frontmatter nearly always is, recognised by hand as certainly valid: {@code key: value} lines, maps nested
 * by indentation, block lists of scalars, plain, single- and double-quoted scalars, comment lines. Status on such a
 * file then never loads Jackson, about 400 classes: a frontmatter file's status took 1.4× the time of one without.
 *
 * <p>The answer is "certainly valid" or "ask the parser", never "invalid": anything outside this subset, valid or not,
 * goes to Jackson, which also words the message. The subset is kept narrow on purpose (no tabs, no flow collections
 * but {@code []} and {@code {}}, no anchors, tags or block scalars, no {@code ": "} or {@code " #"} inside a plain
 * scalar), and {@code SimpleYamlTest} holds every acceptance to Jackson's verdict.
 */
final class SimpleYaml {
    private SimpleYaml() {
    }

    static boolean isCertainlyValid(String yaml) {
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
                return false;
            }
            char first = line.charAt(indent);
            if (first == '#') {
                continue;
            }
            if (first == '-' && (indent + 1 == line.length() || line.charAt(indent + 1) == ' ')) {
                String item = line.substring(Math.min(line.length(), indent + 2)).strip();
                if (!isScalar(item)) {
                    return false;
                }
                if (indent == listIndent) {
                    continue;
                }
                if (listIndent < 0 && openKeyIndent >= 0 && indent >= openKeyIndent) {
                    listIndent = indent;
                    openKeyIndent = -1;
                    continue;
                }
                return false;
            }
            int colon = keyEnd(line, indent);
            if (colon < 0) {
                return false;
            }
            listIndent = -1;
            if (openKeyIndent >= 0 && indent > openKeyIndent) {
                if (depth + 1 == levels.length) {
                    levels = Arrays.copyOf(levels, levels.length * 2);
                }
                levels[++depth] = indent;
            }
            openKeyIndent = -1;
            while (depth > 0 && indent < levels[depth]) {
                depth--;
            }
            if (indent != levels[depth]) {
                return false;
            }
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                openKeyIndent = indent;
            } else if (!value.equals("[]") && !value.equals("{}") && !isScalar(value)) {
                return false;
            }
            if (nl < 0) {
                break;
            }
        }
        return true;
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

    /** A plain, single-quoted or double-quoted scalar on one line, as the subset allows it. */
    private static boolean isScalar(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first == '"') {
            return isDoubleQuoted(s);
        }
        if (first == '\'') {
            return isSingleQuoted(s);
        }
        return isPlain(s);
    }

    private static boolean isDoubleQuoted(String s) {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '"') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
                if (i == s.length() - 1 || s.charAt(i) != '\\' && s.charAt(i) != '"') {
                    return false;
                }
            } else if (c == '"' || !isPrintable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSingleQuoted(String s) {
        if (s.length() < 2 || s.charAt(s.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                i++;
                if (i == s.length() - 1 || s.charAt(i) != '\'') {
                    return false;
                }
            } else if (!isPrintable(c)) {
                return false;
            }
        }
        return true;
    }

    /** A plain scalar that cannot be read as anything but itself: no indicator first, no ": " or " #" inside. */
    private static boolean isPlain(String s) {
        char first = s.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 && !(first == '-' && s.length() > 1 && Chars.isDigit(s.charAt(1)))) {
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

    /** Printable ASCII and the Basic Multilingual Plane past the C1 controls, without surrogates, BOM or non-characters. */
    private static boolean isPrintable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }
}
