package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Section;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * block TEXT / todo add TEXT: one new item at the end of the list, written like the list's last item
 * (bullet, number, checkbox, indent). A placeholder line ("None yet.") is replaced as a whole line; a
 * missing section is created next to its sibling list. The same open item again is a no-op.
 */
public final class AddItem {
    private AddItem() {
    }

    public static Change block(ParsedState ps, String text) {
        return run(ps, ItemSection.Kind.BLOCKERS, text);
    }

    public static Change todo(ParsedState ps, String text) {
        return run(ps, ItemSection.Kind.TODOS, text);
    }

    static Change run(ParsedState ps, ItemSection.Kind kind, String raw) {
        String item = UserText.itemStart(UserText.oneLine("the " + kind.noun, raw));
        Document doc = ps.doc();
        String text = ps.text();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("text", item);
        ItemSection s = ItemSection.find(ps, kind);
        if (s != null) {
            for (int i = 0; i < s.items.size(); i++) {
                ListItem it = s.items.get(i);
                if (!ItemSection.isDone(text, it) && ItemSection.plain(text, it).strip().equalsIgnoreCase(item)) {
                    facts.put("number", i + 1);
                    facts.put("line", it.line() + 1);
                    facts.put("alreadyListed", true);
                    return new Change(List.of(), List.of(kind.noun + " already listed at line " + (it.line() + 1) + "; nothing changed"),
                            kind.noun + " already listed", facts);
                }
            }
        }
        facts.put("alreadyListed", false);
        TextEdit edit;
        String note;
        List<TextEdit> stale = List.of();
        if (s == null) {
            edit = newSection(ps, kind, item);
            note = "new section '" + kind.defaultHeading + "' with the " + kind.noun;
        } else if (!s.items.isEmpty()) {
            ListItem last = s.items.get(s.items.size() - 1);
            int end = s.itemEnd(doc, last);
            String line = likeItem(text, doc.line(last.line()), last) + item;
            edit = insertLineAfter(doc, end - 1, line, kind.noun + " added");
            note = kind.noun + " added after line " + end;
            facts.put("number", s.items.size() + 1);
            stale = StalePlaceholders.delete(doc, s.placeholderLines, -1, "placeholder beside the items deleted");
        } else if (s.placeholderLine >= 0) {
            Line p = doc.line(s.placeholderLine);
            edit = new TextEdit(p.start(), p.contentEnd(), defaultPrefix(ps, kind) + item, "placeholder replaced");
            note = "placeholder '" + p.content().strip() + "' (line " + p.number() + ") replaced by the " + kind.noun;
            facts.put("number", 1);
        } else {
            int lastContent = s.section.headingLine();
            for (int i = s.section.firstContentLine(); i < s.bodyEnd; i++) {
                String c = doc.line(i).content().strip();
                if (!c.isEmpty() && !c.matches("-{3,}|\\*{3,}|_{3,}")) {
                    lastContent = i;
                }
            }
            String line = defaultPrefix(ps, kind) + item;
            int after = lastContent;
            String content = line;
            if (lastContent == s.section.headingLine() && lastContent + 1 < s.bodyEnd && doc.line(lastContent + 1).isBlank()) {
                // "### Blockers", a blank line, then the next heading: the item goes after the blank, one blank after it
                after = lastContent + 1;
                if (after + 1 < doc.lineCount() && !doc.line(after + 1).isBlank()) {
                    content = line + doc.newlineNear(after);
                }
            }
            edit = insertLineAfter(doc, after, content, kind.noun + " added");
            note = kind.noun + " added to section '" + s.section.title() + "'";
            facts.put("number", 1);
        }
        List<TextEdit> edits = new java.util.ArrayList<>(List.of(edit));
        List<String> notes = new java.util.ArrayList<>(List.of(note));
        edits.addAll(stale);
        if (!stale.isEmpty()) {
            for (int line : s.placeholderLines) {
                notes.add("placeholder '" + doc.line(line).content().strip() + "' (line " + (line + 1) + ") beside the items deleted");
            }
        }
        return new Change(List.copyOf(edits), List.copyOf(notes), kind.noun + " added", facts);
    }

    /** The prefix of {@code example}'s line up to its text: "- ", "  * ", "3. " (numbered on), "- [ ] " (box cleared). */
    private static String likeItem(String text, Line line, ListItem example) {
        String prefix = text.substring(line.start(), example.text().start());
        if (example.checkbox() != null) {
            int box = prefix.lastIndexOf('[');
            prefix = prefix.substring(0, box + 1) + ' ' + prefix.substring(box + 2);
        }
        if (Character.isDigit(example.marker().charAt(0))) {
            String digits = example.marker().substring(0, example.marker().length() - 1);
            int at = prefix.indexOf(example.marker());
            prefix = prefix.substring(0, at) + (Integer.parseInt(digits) + 1) + prefix.substring(at + digits.length());
        }
        return prefix.replace("~~", "");
    }

    /** "- " like the sibling list's items when it has any, else "- ". Todos with checkboxes next door get "- [ ] ". */
    private static String defaultPrefix(ParsedState ps, ItemSection.Kind kind) {
        ItemSection other = ItemSection.find(ps, kind == ItemSection.Kind.BLOCKERS ? ItemSection.Kind.TODOS : ItemSection.Kind.BLOCKERS);
        if (other != null && !other.items.isEmpty()) {
            ListItem first = other.items.get(0);
            String marker = Character.isDigit(first.marker().charAt(0)) ? "1." : first.marker();
            return marker + " " + (first.checkbox() != null && kind == ItemSection.Kind.TODOS ? "[ ] " : "");
        }
        return "- ";
    }

    /** Inserts {@code content} as a new line after line {@code after}, with that line's terminator. */
    static TextEdit insertLineAfter(Document doc, int after, String content, String why) {
        Line l = doc.line(after);
        String term = l.terminator(doc.text());
        if (term.isEmpty()) {
            return TextEdit.insert(l.end(), doc.newlineNear(after) + content, why);
        }
        return TextEdit.insert(l.end(), content + term, why);
    }

    /** A new "### Blockers/Concerns" (or "Pending Todos") section beside its sibling list or the decisions. */
    private static TextEdit newSection(ParsedState ps, ItemSection.Kind kind, String item) {
        Document doc = ps.doc();
        ItemSection sibling = ItemSection.find(ps, kind == ItemSection.Kind.BLOCKERS ? ItemSection.Kind.TODOS : ItemSection.Kind.BLOCKERS);
        Section anchor = sibling != null ? sibling.section : ps.handles().decisions() != null ? ps.handles().decisions().section() : null;
        if (anchor == null) {
            throw AtomstateException.refused(ps.fileName() + ": no " + kind.plural + " section and no decisions or "
                    + (kind == ItemSection.Kind.BLOCKERS ? "todos" : "blockers") + " section to put one beside; add a '## "
                    + kind.defaultHeading + "' heading");
        }
        String nl = doc.dominantNewline();
        String heading = "#".repeat(anchor.level()) + " " + kind.defaultHeading;
        String block = heading + nl + nl + defaultPrefix(ps, kind) + item + nl + nl;
        boolean before = kind == ItemSection.Kind.TODOS && sibling != null;
        int at = before ? anchor.headingLine() : ItemSection.of(doc, kind, anchor).bodyEnd;
        if (at >= doc.lineCount()) {
            String text = doc.text();
            boolean endsWithNl = text.endsWith("\n");
            boolean blankBefore = text.endsWith(nl + nl) || text.isEmpty();
            return TextEdit.insert(text.length(), (endsWithNl ? "" : nl) + (blankBefore ? "" : nl) + heading + nl + nl
                    + defaultPrefix(ps, kind) + item + nl, "new section " + kind.defaultHeading);
        }
        return TextEdit.insert(doc.line(at).start(), block, "new section " + kind.defaultHeading);
    }
}
