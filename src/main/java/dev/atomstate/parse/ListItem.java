package dev.atomstate.parse;

import dev.atomstate.model.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * A list item: its marker line and any indented continuation lines. {@code text} spans the item's text on
 * its first line (after the marker and, for task lists, the checkbox).
 */
public record ListItem(int line, int endLine, String marker, int indent, Span text, Character checkbox) {

    /** A numbered item: one to nine ASCII digits and "." or ")" ("4.", "12)"), not a bullet. */
    public boolean numbered() {
        int n = marker.length() - 1;
        if (n < 1 || n > 9 || marker.charAt(n) != '.' && marker.charAt(n) != ')') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (marker.charAt(i) < '0' || marker.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number of a numbered item ("4." → 4); see {@link #numbered()}. */
    public long number() {
        return Long.parseLong(marker.substring(0, marker.length() - 1));
    }

    /** Items in {@code [from, to)} outside fences; nested items are included with their indent. */
    /** The smallest indent among {@code items}, 0 when there are none: the indent of a list's top level. */
    static int minIndent(List<ListItem> items) {
        int min = Integer.MAX_VALUE;
        for (ListItem item : items) {
            min = Math.min(min, item.indent());
        }
        return items.isEmpty() ? 0 : min;
    }

    public static List<ListItem> scan(Document doc, int from, int to) {
        List<ListItem> items = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (doc.inFence(i) || !mayStart(doc, i)) {
                continue;
            }
            ListItem item = parse(doc.line(i));
            if (item == null) {
                continue;
            }
            int end = i + 1;
            while (end < to) {
                if (doc.surelyBlank(end) || mayStart(doc, end) && parse(doc.line(end)) != null) {
                    break;
                }
                Line next = doc.line(end);
                if (next.isBlank() || leadingSpaces(next) <= item.indent() || Section.atxLevel(next) != 0) {
                    break;
                }
                end++;
            }
            items.add(new ListItem(item.line(), end, item.marker(), item.indent(), item.text(), item.checkbox()));
        }
        return items;
    }

    /** False when line {@code i} surely is no item: its first char after whitespace is not a marker nor a digit. */
    private static boolean mayStart(Document doc, int i) {
        byte lead = doc.lead(i);
        return lead == '-' || lead == '*' || lead == '+' || lead >= '0' && lead <= '9' || lead == LineIndex.OTHER;
    }

    static ListItem parse(Line line) {
        Line s = line;
        int n = s.length();
        int i = 0;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        String marker;
        char c = s.charAt(i);
        if ((c == '-' || c == '*' || c == '+') && i + 1 < n && s.charAt(i + 1) == ' ') {
            if (c != '-' && Chars.startsWith(s, "**", i)) {
                return null;
            }
            marker = c == '-' ? "-" : c == '*' ? "*" : "+";
            i += 2;
        } else if (Character.isDigit(c)) {
            int d = i;
            while (d < n && Character.isDigit(s.charAt(d))) {
                d++;
            }
            if (d - i > 3 || d + 1 >= n || (s.charAt(d) != '.' && s.charAt(d) != ')') || s.charAt(d + 1) != ' ') {
                return null;
            }
            marker = s.subSequence(i, d + 1).toString();
            i = d + 2;
        } else {
            return null;
        }
        int indent = leadingSpaces(s);
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        Character box = null;
        if (i + 2 < n && s.charAt(i) == '[' && s.charAt(i + 2) == ']'
                && (i + 3 == n || s.charAt(i + 3) == ' ') && " xX~-".indexOf(s.charAt(i + 1)) >= 0) {
            box = s.charAt(i + 1);
            i += 3;
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
        }
        int end = Chars.strippedEnd(s);
        if (end < i) {
            end = i;
        }
        return new ListItem(line.index(), line.index() + 1, marker, indent, new Span(line.start() + i, line.start() + end), box);
    }

    /** Indentation in columns (a tab counts four). */
    public static int leadingSpaces(CharSequence s) {
        int col = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4;
            } else {
                break;
            }
        }
        return col;
    }
}
