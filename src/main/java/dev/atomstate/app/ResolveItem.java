package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ListItem;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * unblock MATCH / todo done MATCH: resolves one item, found by its number (1-based, in file order) or by words
 * (whole words, in order: "phase 3" does not match "Phase 31"). An item whose whole text equals MATCH wins over
 * items that merely contain it; otherwise more than one match is refused with the candidates. The item is checked
 * ("- [x]") in a checkbox list, struck through ("~~…~~") in a list that already strikes items, else removed
 * with its nested lines; a list left empty gets the placeholder back.
 */
public final class ResolveItem {
    private ResolveItem() {
    }

    public static Change unblock(ParsedState ps, String match) {
        return run(ps, ItemSection.Kind.BLOCKERS, match);
    }

    public static Change todoDone(ParsedState ps, String match) {
        return run(ps, ItemSection.Kind.TODOS, match);
    }

    static Change run(ParsedState ps, ItemSection.Kind kind, String rawMatch) {
        String match = UserText.oneLine("the match", rawMatch);
        String text = ps.text();
        Document doc = ps.doc();
        ItemSection s = ItemSection.find(ps, kind);
        if (s == null || s.items.isEmpty()) {
            throw AtomstateException.refused(ps.fileName() + (s == null ? "" : ":" + (s.section.headingLine() + 1))
                    + ": there are no " + kind.plural + " to resolve");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("match", match);
        int index = pick(ps, s, match);
        ListItem item = s.items.get(index);
        facts.put("number", index + 1);
        facts.put("line", item.line() + 1);
        facts.put("text", ItemSection.plain(text, item));
        if (ItemSection.isDone(text, item)) {
            facts.put("alreadyResolved", true);
            return new Change(List.of(), List.of(kind.noun + " at line " + (item.line() + 1) + " is already resolved; nothing changed"),
                    kind.noun + " already resolved", facts);
        }
        facts.put("alreadyResolved", false);
        List<TextEdit> edits = new ArrayList<>();
        String how;
        boolean strikes = s.items.stream().anyMatch(i -> i.text().of(text).startsWith("~~"));
        if (item.checkbox() != null) {
            int box = item.text().start() - 1;
            while (text.charAt(box) != ']') {
                box--;
            }
            edits.add(new TextEdit(box - 1, box, "x", "checked"));
            how = "checked";
        } else if (strikes) {
            edits.add(TextEdit.insert(item.text().start(), "~~", "struck through"));
            edits.add(TextEdit.insert(item.text().end(), "~~", "struck through"));
            how = "struck through";
        } else {
            int end = s.itemEnd(doc, item);
            Line first = doc.line(item.line());
            Line last = doc.line(end - 1);
            boolean onlyOne = s.items.stream().filter(i -> !ItemSection.isDone(text, i)).count() == 1 && s.items.size() == 1;
            if (onlyOne) {
                edits.add(new TextEdit(first.start(), last.contentEnd(), placeholder(ps, kind), "placeholder put back"));
                how = "removed; the list is empty again";
            } else if (last.terminator(text).isEmpty() && item.line() > 0) {
                // the last line of the file: take the newline before it instead
                edits.add(new TextEdit(doc.line(item.line() - 1).contentEnd(), last.end(), "", "removed"));
                how = "removed";
            } else {
                edits.add(new TextEdit(first.start(), last.end(), "", "removed"));
                how = "removed";
            }
        }
        facts.put("resolution", how.startsWith("removed") ? "removed" : how.equals("checked") ? "checked" : "struck");
        String note = kind.noun + " " + (index + 1) + " (line " + (item.line() + 1) + ") " + how + ": " + shorten(ItemSection.plain(text, item));
        return new Change(List.copyOf(edits), List.of(note), kind.noun + " resolved", facts);
    }

    /** The index of the one item {@code match} names; refuses when none or several do. */
    private static int pick(ParsedState ps, ItemSection s, String match) {
        String text = ps.text();
        String m = match.startsWith("#") ? match.substring(1) : match;
        if (m.matches("\\d{1,4}")) {
            int n = Integer.parseInt(m);
            if (n < 1 || n > s.items.size()) {
                throw AtomstateException.refused(ps.fileName() + ":" + (s.section.headingLine() + 1) + ": there is no "
                        + s.kind.noun + " " + n + "; the list has " + s.items.size() + " (" + candidates(ps, s, allIndexes(s)) + ")");
            }
            return n - 1;
        }
        List<String> query = ItemSection.words(match);
        if (query.isEmpty()) {
            throw AtomstateException.usage("the match '" + match + "' has no words; give words of the " + s.kind.noun + " or its number");
        }
        List<Integer> exact = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < s.items.size(); i++) {
            ListItem it = s.items.get(i);
            String t = ItemSection.plain(text, it);
            if (!ItemSection.containsWords(t, query)) {
                continue;
            }
            if (ItemSection.words(t).equals(query)) {
                exact.add(i);
            }
            (ItemSection.isDone(text, it) ? done : open).add(i);
        }
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (open.size() == 1) {
            return open.get(0);
        }
        if (open.size() > 1) {
            throw AtomstateException.refused(ps.fileName() + ":" + (s.items.get(open.get(0)).line() + 1) + ": '" + match
                    + "' matches " + open.size() + " " + s.kind.plural + ": " + candidates(ps, s, open)
                    + "; give more words or the number");
        }
        if (!done.isEmpty()) {
            return done.get(0);
        }
        throw AtomstateException.refused(ps.fileName() + ":" + (s.section.headingLine() + 1) + ": no " + s.kind.noun
                + " matches '" + match + "' as whole words; open " + s.kind.plural + ": " + candidates(ps, s, allIndexes(s)));
    }

    private static List<Integer> allIndexes(ItemSection s) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < s.items.size(); i++) {
            all.add(i);
        }
        return all;
    }

    private static String candidates(ParsedState ps, ItemSection s, List<Integer> indexes) {
        List<String> out = new ArrayList<>();
        for (int i : indexes) {
            ListItem it = s.items.get(i);
            out.add("#" + (i + 1) + " (line " + (it.line() + 1) + ") \"" + shorten(ItemSection.plain(ps.text(), it)) + "\"");
        }
        return String.join(", ", out);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }

    /** The placeholder this file writes for an empty list (the sibling list's), else the GSD template's "None yet.". */
    static String placeholder(ParsedState ps, ItemSection.Kind kind) {
        for (ItemSection.Kind k : new ItemSection.Kind[] {kind, kind == ItemSection.Kind.BLOCKERS ? ItemSection.Kind.TODOS : ItemSection.Kind.BLOCKERS}) {
            ItemSection other = ItemSection.find(ps, k);
            if (other != null && other.placeholderLine >= 0) {
                return ps.doc().line(other.placeholderLine).content().strip();
            }
        }
        return "None yet.";
    }
}
