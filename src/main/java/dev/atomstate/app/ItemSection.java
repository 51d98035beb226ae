package dev.atomstate.app;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.parse.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The blockers or the todos of a file as the item commands see them: the section (headings vary —
 * "Blockers/Concerns", "Blockers", "Open Issues", "Pending Todos", "Todos"), its own lines up to the first
 * sub-heading, its top-level items, and a placeholder line ("None yet.", "- None", "(None)", "- *None.*").
 */
final class ItemSection {
    enum Kind {
        BLOCKERS("blocker", "blockers", "Blockers/Concerns"),
        TODOS("todo", "todos", "Pending Todos");

        final String noun;
        final String plural;
        final String defaultHeading;

        Kind(String noun, String plural, String defaultHeading) {
            this.noun = noun;
            this.plural = plural;
            this.defaultHeading = defaultHeading;
        }
    }

    /** Words for matching: letters and digits, with "3.1" and "v1.0" kept whole. */
    private static final LazyPattern WORD = LazyPattern.of("[\\p{L}\\p{N}]+(?:\\.\\p{N}+)*");

    final Kind kind;
    final Section section;
    /** The section's own lines end here: at the first sub-heading, else where the section ends. */
    final int bodyEnd;
    /** Top-level items that are not placeholders, in file order. */
    final List<ListItem> items;
    /** The first placeholder line, or -1. */
    final int placeholderLine;
    /** Every placeholder line of the section's own lines, in order (a hand-edited list may hold one beside items). */
    final List<Integer> placeholderLines;

    private ItemSection(Kind kind, Section section, int bodyEnd, List<ListItem> items, List<Integer> placeholderLines) {
        this.kind = kind;
        this.section = section;
        this.bodyEnd = bodyEnd;
        this.items = items;
        this.placeholderLines = List.copyOf(placeholderLines);
        this.placeholderLine = placeholderLines.isEmpty() ? -1 : placeholderLines.get(0);
    }

    static boolean isPlaceholder(String line) {
        return PlaceholderText.isPlaceholder(line);
    }

    /** The section for {@code kind}, or null when the file has none. */
    static ItemSection find(ParsedState ps, Kind kind) {
        ParsedState.ListBlock block = kind == Kind.BLOCKERS ? ps.handles().blockers() : ps.handles().todos();
        Section s = block != null ? block.section() : null;
        if (s == null && kind == Kind.BLOCKERS) {
            s = ps.doc().section("open issues", "issues", "known issues");
        }
        return s == null ? null : of(ps.doc(), kind, s);
    }

    static ItemSection of(Document doc, Kind kind, Section s) {
        int bodyEnd = s.endLine();
        for (Section sub : doc.sections()) {
            if (sub.headingLine() > s.headingLine() && sub.headingLine() < bodyEnd) {
                bodyEnd = sub.headingLine();
            }
        }
        String text = doc.text();
        List<ListItem> all = ListItem.scan(doc, s.firstContentLine(), bodyEnd);
        int minIndent = all.stream().mapToInt(ListItem::indent).min().orElse(0);
        List<ListItem> items = new ArrayList<>();
        for (ListItem item : all) {
            if (item.indent() == minIndent && !isPlaceholder(doc.line(item.line()).content())) {
                items.add(item);
            }
        }
        List<Integer> placeholders = new ArrayList<>();
        for (int i = s.firstContentLine(); i < bodyEnd; i++) {
            if (!doc.inFence(i) && isPlaceholder(doc.line(i).content())) {
                placeholders.add(i);
            }
        }
        return new ItemSection(kind, s, bodyEnd, items, placeholders);
    }

    /** Checked ("- [x]") or struck through ("~~…~~"): already resolved. */
    static boolean isDone(String text, ListItem item) {
        String t = item.text().of(text);
        return item.checkbox() != null && Character.toLowerCase(item.checkbox()) == 'x'
                || t.startsWith("~~") && t.endsWith("~~") && t.length() > 4;
    }

    /** The item's last line (exclusive), nested items and indented continuation lines included. */
    int itemEnd(Document doc, ListItem item) {
        int end = item.endLine();
        while (end < bodyEnd && !doc.line(end).isBlank() && indent(doc.line(end).content()) > item.indent()
                && Section.atxLevel(doc.line(end).content()) == 0) {
            end++;
        }
        return end;
    }

    static int indent(String s) {
        int col = 0;
        while (col < s.length() && (s.charAt(col) == ' ' || s.charAt(col) == '\t')) {
            col++;
        }
        return col;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** True when the words of {@code query} occur in {@code text} as whole words, in order, side by side. */
    static boolean containsWords(String text, List<String> query) {
        List<String> w = words(text);
        if (query.isEmpty()) {
            return false;
        }
        for (int i = 0; i + query.size() <= w.size(); i++) {
            if (w.subList(i, i + query.size()).equals(query)) {
                return true;
            }
        }
        return false;
    }

    /** The item's text without a strike-through, for comparing and showing. */
    static String plain(String text, ListItem item) {
        String t = item.text().of(text);
        if (t.startsWith("~~") && t.endsWith("~~") && t.length() > 4) {
            t = t.substring(2, t.length() - 2);
        }
        return t;
    }
}
