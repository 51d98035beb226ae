package dev.atomstate.parse;

import dev.atomstate.model.StateModel.Item;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The blockers and concerns a file lists, each open or closed as a person reads it. Sections: every heading that names
 * blockers or concerns ("Blockers/Concerns", "Known Blockers", "Blockers / Open Questions", "Known Issues") or says
 * something is blocked ("Blocked on Josh", "Phase 7 UAT — BLOCKED"; of such a heading only its first list, the rest being
 * context). An item is a top-level list item with its sub-lines, or, in a section without a list, a paragraph. It is
 * closed when checked, struck through, mitigated ("→ Mitigated by …", under "pre-mitigated" when it says "→ …"),
 * resolved ("RESOLVED", "[RESOLVED]", "— resolved", a "**Resolution**:" line under it or right after it), answered,
 * validated, an accepted limitation, or closed ("закрыт"). A section that opens by saying it has no blockers has none.
 */
public final class BlockerItems {
    private BlockerItems() {
    }

    private static final LazyPattern BLOCKED_WORD = LazyPattern.of("(?i)(?<![\\p{L}])blocked(?![\\p{L}])");
    private static final LazyPattern NOBODY = LazyPattern.of("(?i)blocked (?:on|by) (?:nobody|no one|nothing)");
    private static final LazyPattern KNOWN_ISSUES = LazyPattern.of("(?i)^(?:known|open|active) issues\\b.*");
    /** "**Resolution**: …", "Resolved: …" at the start of a sub-line or of the item right after. */
    private static final LazyPattern RESOLUTION = LazyPattern.of("(?i)^[*_]*(?:resolution|resolved)[*_]*\\s*:[*_]*\\s*(.*)$");
    private static final LazyPattern MITIGATED = LazyPattern.of("(?i)(?:→\\s*)?(?<!not )(?<!not yet )(?<!un)\\b((?:pre-)?mitigated\\b(?:\\s+(?:by|in|via|through)\\b)?[^\\n]*)");
    private static final LazyPattern RESOLVED = LazyPattern.of(
            "\\bRESOLVED\\b|(?i:\\[(?:resolved|closed|done|fixed)]|(?:—|–|--|\\s-)\\s*(?:resolved|closed|fixed)\\b|\\((?:resolved|closed|fixed)\\b[^)]*\\)|^\\W*(?:resolved|closed|fixed)\\b)");
    private static final LazyPattern OTHER_CLOSED = LazyPattern.of(
            "(?i)\\bvalidated ok\\b|\\(accepted limitation\\)|(?:^|[*~\\s])answered\\b|закрыт|已解决|已关闭|✅\\s*(?:resolved|done|fixed)");
    private static final LazyPattern SAYS_NO_BLOCKERS = LazyPattern.of(
            "(?i)\\bno (?:open |active |current |known )?blockers?\\b|无阻塞|нет блокер");
    private static final LazyPattern SAYS_NONE = LazyPattern.of("(?i)^[*_(\\[\\s-]*(?:none|nothing|no)\\b[.:;,!—–\\s-]");
    private static final LazyPattern PRE_MITIGATED_LEAD = LazyPattern.of("(?i)\\bmitigated\\b");

    /** Whether a heading is a blocker section; {@code firstListOnly} set for a heading that says "blocked". */
    record Kind(boolean blockers, boolean firstListOnly) {
    }

    /** A list item that only records how the item above it was closed: "**Resolution**: …", "Resolved: …". */
    public static boolean isResolution(String itemText) {
        return RESOLUTION.matcher(itemText.strip()).matches();
    }

    /** Whether the lines {@code [from, to)} of one item (and its "Resolution" line) say by themselves that it is closed. */
    public static boolean closesItself(Document doc, int from, int to) {
        ListItem item = ListItem.parse(doc.line(from));
        if (item == null) {
            return false;
        }
        String text = item.text().of(doc.text()).strip();
        if (item.checkbox() != null && Character.toLowerCase(item.checkbox()) == 'x' || text.startsWith("~~") && text.indexOf("~~", 2) > 2) {
            return true;
        }
        StringBuilder whole = new StringBuilder(text);
        for (int l = from + 1; l < to; l++) {
            String c = doc.line(l).content();
            if (resolution(c) != null) {
                return true;
            }
            whole.append('\n').append(c.strip());
        }
        String w = whole.toString();
        return MITIGATED.matcher(w).find() || RESOLVED.matcher(w).find() || OTHER_CLOSED.matcher(w).find();
    }

    static Kind kind(String normalizedTitle) {
        String t = normalizedTitle;
        if (t.contains("blocker") || t.contains("concern") || KNOWN_ISSUES.matcher(t).matches()) {
            return new Kind(true, false);
        }
        if (BLOCKED_WORD.matcher(t).find() && !NOBODY.matcher(t).find()) {
            return new Kind(true, true);
        }
        return new Kind(false, false);
    }

    static List<Item> read(Document doc) {
        List<Item> out = new ArrayList<>();
        List<Section> sections = doc.sections();
        for (int k = 0; k < sections.size(); k++) {
            Section s = sections.get(k);
            Kind kind = kind(s.normalizedTitle());
            if (!kind.blockers()) {
                continue;
            }
            int own = k + 1 < sections.size() && sections.get(k + 1).headingLine() < s.endLine() ? sections.get(k + 1).headingLine() : s.endLine();
            read(doc, s.firstContentLine(), own, kind.firstListOnly(), out);
        }
        out.sort(Orders.ITEMS_BY_LINE);
        return out;
    }

    private static void read(Document doc, int from, int to, boolean firstListOnly, List<Item> out) {
        String t = doc.text();
        int first = from;
        while (first < to && (doc.line(first).isBlank() || doc.inFence(first))) {
            first++;
        }
        if (first < to && ListItem.parse(doc.line(first)) == null && SAYS_NO_BLOCKERS.matcher(doc.line(first).content()).find()) {
            return;
        }
        List<ListItem> all = ListItem.scan(doc, from, to);
        int minIndent = ListItem.minIndent(all);
        List<ListItem> top = new ArrayList<>();
        for (ListItem item : all) {
            if (item.indent() == minIndent) {
                if (firstListOnly && !top.isEmpty() && !sameList(doc, top.get(top.size() - 1), item)) {
                    break;
                }
                top.add(item);
            }
        }
        if (top.isEmpty()) {
            paragraphs(doc, from, to, out);
            return;
        }
        for (int i = 0; i < top.size(); i++) {
            ListItem item = top.get(i);
            String text = item.text().of(t);
            String stripped = text.strip();
            if (PlaceholderText.isPlaceholder(stripped)
                    || SAYS_NONE.matcher(stripped + " ").lookingAt() && !stripped.contains("→")) {
                continue;
            }
            if (RESOLUTION.matcher(stripped).matches() && i > 0) {
                continue; // "- **Resolution**: …" right after an item closes that item (below)
            }
            int end = i + 1 < top.size() ? Math.min(top.get(i + 1).line(), itemEnd(doc, item, to)) : itemEnd(doc, item, to);
            String whole = whole(doc, item, end);
            String resolution = null;
            boolean done = item.checkbox() != null && (item.checkbox() == 'x' || item.checkbox() == 'X');
            if (stripped.startsWith("~~") && stripped.indexOf("~~", 2) > 2) {
                done = true;
            }
            for (int l = item.line() + 1; l < end && resolution == null; l++) {
                resolution = resolution(doc.line(l).content());
            }
            if (resolution == null && i + 1 < top.size()) {
                String next = top.get(i + 1).text().of(t).strip();
                Matcher r = RESOLUTION.matcher(next);
                if (r.matches()) {
                    resolution = Markdown.plain(r.group(1));
                }
            }
            Matcher mitigated = MITIGATED.matcher(whole);
            if (resolution == null && mitigated.find()) {
                resolution = Markdown.plain(mitigated.group(1)).strip();
            }
            if (resolution == null && whole.contains("→") && leadInSaysMitigated(doc, from, item.line())) {
                resolution = Markdown.plain(whole.substring(whole.indexOf('→') + 1)).strip();
            }
            done |= resolution != null || RESOLVED.matcher(whole).find() || OTHER_CLOSED.matcher(whole).find();
            out.add(new Item(text, item.line() + 1, done, resolution == null || resolution.isEmpty() ? null : resolution));
        }
    }

    private static String resolution(String line) {
        String c = line.strip();
        if (c.length() > 1 && (c.charAt(0) == '-' || c.charAt(0) == '*' || c.charAt(0) == '+') && c.charAt(1) == ' ') {
            c = c.substring(2).strip();
        }
        Matcher r = RESOLUTION.matcher(c);
        return r.matches() ? Markdown.plain(r.group(1)) : null;
    }

    /** Two top-level items belong to one list when only their own lines and blank lines stand between them. */
    private static boolean sameList(Document doc, ListItem a, ListItem b) {
        for (int l = a.endLine(); l < b.line(); l++) {
            String c = doc.line(l).content();
            if (!c.isBlank() && ListItem.leadingSpaces(c) <= a.indent()) {
                return false;
            }
        }
        return true;
    }

    /** The item's first line and its sub-lines, as one text. */
    private static String whole(Document doc, ListItem item, int end) {
        StringBuilder b = new StringBuilder(item.text().of(doc.text()));
        for (int l = item.line() + 1; l < end; l++) {
            b.append('\n').append(doc.line(l).content().strip());
        }
        return b.toString();
    }

    private static int itemEnd(Document doc, ListItem item, int to) {
        int end = item.endLine();
        while (end < to && !doc.line(end).isBlank() && ListItem.leadingSpaces(doc.line(end).content()) > item.indent()
                && Section.atxLevel(doc.line(end).content()) == 0) {
            end++;
        }
        return end;
    }

    /** The paragraph right above the item's list says its items are mitigated ("risks that are pre-mitigated in phase gates:"). */
    private static boolean leadInSaysMitigated(Document doc, int from, int itemLine) {
        int l = itemLine - 1;
        while (l >= from && (ListItem.parse(doc.line(l)) != null || ListItem.leadingSpaces(doc.line(l).content()) > 0)) {
            l--;
        }
        while (l >= from && doc.line(l).isBlank()) {
            l--;
        }
        return l >= from && ListItem.parse(doc.line(l)) == null && PRE_MITIGATED_LEAD.matcher(doc.line(l).content()).find();
    }

    /** A section without a list: each paragraph that does not say "none" is one item. */
    private static void paragraphs(Document doc, int from, int to, List<Item> out) {
        List<Item> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (doc.line(i).isBlank() || doc.inFence(i) || doc.line(i).content().stripLeading().startsWith("|")) {
                continue;
            }
            int start = i;
            while (i + 1 < to && !doc.line(i + 1).isBlank() && !doc.inFence(i + 1)) {
                i++;
            }
            String first = doc.line(start).content().strip();
            if (PlaceholderText.isPlaceholder(first) || SAYS_NONE.matcher(first + " ").lookingAt()
                    || SAYS_NO_BLOCKERS.matcher(first).find()) {
                return; // "None yet." under a template note: the section says it has none
            }
            if (first.equals("---") || start == i && first.startsWith("[") && first.endsWith("]")) {
                continue; // a rule, or a template's note ("[Issues that affect future work]")
            }
            StringBuilder whole = new StringBuilder();
            for (int l = start; l <= i; l++) {
                whole.append(doc.line(l).content().strip()).append('\n');
            }
            boolean done = RESOLVED.matcher(whole).find() || OTHER_CLOSED.matcher(whole).find() || MITIGATED.matcher(whole).find();
            found.add(new Item(first, start + 1, done, null));
        }
        out.addAll(found);
    }
}
