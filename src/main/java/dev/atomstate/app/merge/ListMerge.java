package dev.atomstate.app.merge;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.app.merge.Anatomy.ListPart;
import dev.atomstate.app.merge.Anatomy.Unit;
import dev.atomstate.edit.TextEdit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The second pass for lists of appended items (decisions, blockers, todos, metrics rows, Previous chains, worklog
 * entries): a three-way merge of sets. An item of the base stays only if both sides kept it; an item either side
 * added is kept, once. An item that one side changed (checked, struck through, rewritten) takes that change. New
 * items are placed in one order whichever side is ours: after the base item they follow, the two sides' new items
 * interleaved by date, then plan, then text, each side's own order kept.
 */
final class ListMerge {
    private ListMerge() {
    }

    private static final LazyPattern NUMBERED = LazyPattern.of("^(\\s*)(\\d{1,9})([.)])(?=\\s)");

    static List<TextEdit> edits(Anatomy base, Anatomy ours, Anatomy theirs, Conflicts conflicts, List<Decision> decisions) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(ours.lists().keySet());
        ids.addAll(theirs.lists().keySet());
        List<TextEdit> edits = new ArrayList<>();
        for (String id : ids) {
            merge(id, base.lists().get(id), ours, theirs, conflicts, decisions, edits, base);
        }
        return edits;
    }

    private static void merge(String id, ListPart lo, Anatomy ours, Anatomy theirs, Conflicts conflicts,
                              List<Decision> decisions, List<TextEdit> edits, Anatomy base) {
        ListPart la = ours.lists().get(id);
        ListPart lt = theirs.lists().get(id);
        if (lt == null) {
            if (lo != null && !lo.units().isEmpty()) {
                decisions.add(new Decision(id, "ours", "theirs has no such list (its section is gone or renamed); ours kept"));
            }
            return;
        }
        Map<String, Unit> uo = keyed(lo);
        Map<String, Unit> ua = keyed(la);
        Map<String, Unit> ut = keyed(lt);
        boolean newestFirst = lt.newestFirst();
        List<String> notes = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        int changed = 0;
        for (Map.Entry<String, Unit> e : ua.entrySet()) {
            String k = e.getKey();
            Unit mine = e.getValue();
            if (uo.containsKey(k) && !ut.containsKey(k)) {
                removed.add(k);
                continue;
            }
            Unit other = ut.get(k);
            if (other == null) {
                continue;
            }
            String rawO = uo.containsKey(k) ? norm(uo.get(k).raw(base.doc())) : null;
            String rawA = norm(mine.raw(ours.doc()));
            String rawT = norm(other.raw(theirs.doc()));
            if (rawA.equals(rawT) || rawT.equals(rawO)) {
                continue;
            }
            int start = ours.doc().line(mine.first()).start();
            int end = ours.doc().line(mine.end() - 1).end();
            String nl = ours.newline(mine.first());
            if (rawA.equals(rawO)) {
                edits.add(new TextEdit(start, end, fit(ours, end, convert(rawT, nl), true), "theirs changed the item"));
                changed++;
            } else if (mine.done() && other.done() || rawO == null && StateAnatomy.normalize(rawA).equals(StateAnatomy.normalize(rawT))) {
                notes.add("kept ours' version of an item both changed");
            } else {
                Diff3.Merged lines = rawO == null ? null : Diff3.lines(rawO, rawA, rawT, Markers.of(Markers.DEFAULT_SIZE));
                if (lines != null && lines.conflicts() == 0) {
                    edits.add(new TextEdit(start, end, fit(ours, end, convert(lines.text(), nl), true), "both changed the item"));
                    changed++;
                } else {
                    conflicts.add(start, end, convert(rawT, nl), id + " item at line " + (mine.first() + 1));
                    decisions.add(new Decision(id, "conflict", "item at line " + (mine.first() + 1) + " changed differently on both branches"));
                }
            }
        }
        List<String> merged = MergedOrder.of(uo, keyed(la), keyed(lt), newestFirst);
        List<String> added = new ArrayList<>();
        for (String k : merged) {
            if (!ua.containsKey(k) && ut.containsKey(k) && !uo.containsKey(k)) {
                added.add(k);
            }
        }
        int remaining = ua.size() - removed.size() + added.size();
        added.removeAll(reorder(id, merged, uo, ua, ut, removed, ours, theirs, edits));
        boolean placeholderBack = remaining == 0 && la != null && la.placeholders().isEmpty() && !lt.placeholders().isEmpty();
        boolean first = true;
        for (String k : removed) {
            Unit u = ua.get(k);
            int start = ours.doc().line(u.first()).start();
            int end = ours.doc().line(u.end() - 1).end();
            String replacement = "";
            if (placeholderBack && first) {
                replacement = fit(ours, end, convert(theirs.line(lt.placeholders().get(0)), ours.newline(u.first())), true);
            }
            first = false;
            edits.add(new TextEdit(start, end, replacement, "theirs resolved the item"));
        }
        place(id, added, merged, ua, ut, removed, la, lt, ours, theirs, conflicts, decisions, edits);
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("+" + added.size() + " from theirs");
        }
        if (!removed.isEmpty()) {
            parts.add(removed.size() + " resolved or removed by theirs");
        }
        if (changed > 0) {
            parts.add(changed + " updated from theirs");
        }
        parts.addAll(notes);
        if (!parts.isEmpty()) {
            decisions.add(new Decision(id, "union", String.join("; ", parts)));
        }
    }

    /**
     * Where both sides added the same items in another order, ours' own new items are rewritten in the merged order
     * (with theirs' new items among them), so that the result does not depend on which side is ours. Only where
     * ours' new items are one block of lines after the same base item; returns the theirs-only keys placed so.
     */
    private static List<String> reorder(String id, List<String> merged, Map<String, Unit> uo, Map<String, Unit> ua,
                                        Map<String, Unit> ut, Set<String> removed, Anatomy ours, Anatomy theirs, List<TextEdit> edits) {
        List<String> mine = new ArrayList<>();
        for (String k : ua.keySet()) {
            if (!uo.containsKey(k) && !removed.contains(k)) {
                mine.add(k);
            }
        }
        List<String> inMerged = merged.stream().filter(mine::contains).toList();
        if (mine.size() < 2 || mine.equals(inMerged)) {
            return List.of();
        }
        int from = merged.indexOf(inMerged.get(0));
        int to = merged.indexOf(inMerged.get(inMerged.size() - 1));
        List<String> block = new ArrayList<>();
        for (String k : merged.subList(from, to + 1)) {
            if (uo.containsKey(k) || !mine.contains(k) && !ut.containsKey(k)) {
                return List.of();
            }
            block.add(k);
        }
        for (int i = 1; i < mine.size(); i++) {
            if (ua.get(mine.get(i - 1)).end() != ua.get(mine.get(i)).first()) {
                return List.of();
            }
        }
        Unit first = ua.get(mine.get(0));
        Unit last = ua.get(mine.get(mine.size() - 1));
        String nl = ours.newline(first.first());
        StringBuilder sb = new StringBuilder();
        List<String> placed = new ArrayList<>();
        for (String k : block) {
            boolean own = mine.contains(k);
            sb.append(convert(own ? ua.get(k).raw(ours.doc()) : ut.get(k).raw(theirs.doc()), nl));
            if (!own) {
                placed.add(k);
            }
        }
        int start = ours.doc().line(first.first()).start();
        int end = ours.doc().line(last.end() - 1).end();
        edits.add(new TextEdit(start, end, fit(ours, end, sb.toString(), true), id + " in the merged order"));
        return placed;
    }

    /** Units by key; a key repeated within one list gets "#2", "#3", so that duplicates stay duplicates. */
    static Map<String, Unit> keyed(ListPart list) {
        Map<String, Unit> out = new LinkedHashMap<>();
        if (list == null) {
            return out;
        }
        for (Unit u : list.units()) {
            String k = u.key();
            for (int n = 2; out.containsKey(k); n++) {
                k = u.key() + "#" + n;
            }
            out.put(k, u);
        }
        return out;
    }

    /** Theirs' new items into ours: after the item before them in the merged order, else before the one after. */
    private static void place(String id, List<String> added, List<String> merged, Map<String, Unit> ua, Map<String, Unit> ut,
                              Set<String> removed, ListPart la, ListPart lt, Anatomy ours, Anatomy theirs, Conflicts conflicts,
                              List<Decision> decisions, List<TextEdit> edits) {
        Map<Integer, StringBuilder> after = new LinkedHashMap<>();
        Map<Integer, StringBuilder> before = new LinkedHashMap<>();
        Map<Integer, Unit> afterUnit = new LinkedHashMap<>();
        List<Unit> homeless = new ArrayList<>();
        for (String k : added) {
            int at = merged.indexOf(k);
            Unit prev = null;
            for (int i = at - 1; i >= 0 && prev == null; i--) {
                String pk = merged.get(i);
                if (ua.containsKey(pk) && !removed.contains(pk)) {
                    prev = ua.get(pk);
                }
            }
            Unit u = ut.get(k);
            if (prev != null) {
                int offset = ours.doc().line(prev.end() - 1).end();
                afterUnit.putIfAbsent(offset, prev);
                after.computeIfAbsent(offset, o -> new StringBuilder()).append(convert(u.raw(theirs.doc()), ours.newline(prev.first())));
                continue;
            }
            Unit next = null;
            for (int i = at + 1; i < merged.size() && next == null; i++) {
                String nk = merged.get(i);
                if (ua.containsKey(nk) && !removed.contains(nk)) {
                    next = ua.get(nk);
                }
            }
            if (next != null) {
                int offset = ours.doc().line(next.first()).start();
                before.computeIfAbsent(offset, o -> new StringBuilder()).append(convert(u.raw(theirs.doc()), ours.newline(next.first())));
            } else {
                homeless.add(u);
            }
        }
        for (Map.Entry<Integer, StringBuilder> e : after.entrySet()) {
            String block = renumber(ours, afterUnit.get(e.getKey()), e.getValue().toString());
            edits.add(TextEdit.insert(e.getKey(), fit(ours, e.getKey(), block, false), id + " from theirs"));
        }
        for (Map.Entry<Integer, StringBuilder> e : before.entrySet()) {
            edits.add(TextEdit.insert(e.getKey(), e.getValue().toString(), id + " from theirs"));
        }
        if (!homeless.isEmpty()) {
            intoEmptyList(id, homeless, la, lt, ours, theirs, conflicts, decisions, edits);
        }
    }

    /** Items for a list that has none in ours: in place of its placeholder, else after the line theirs has them under. */
    private static void intoEmptyList(String id, List<Unit> units, ListPart la, ListPart lt, Anatomy ours, Anatomy theirs,
                                      Conflicts conflicts, List<Decision> decisions, List<TextEdit> edits) {
        StringBuilder raw = new StringBuilder();
        for (Unit u : units) {
            raw.append(u.raw(theirs.doc()));
        }
        if (la != null && !la.placeholders().isEmpty()) {
            var line = ours.doc().line(la.placeholders().get(0));
            String block = convert(raw.toString(), ours.newline(line.index()));
            edits.add(new TextEdit(line.start(), line.end(), fit(ours, line.end(), block, true), id + " from theirs replaces the placeholder"));
            return;
        }
        int j = units.get(0).first() - 1;
        int blanks = 0;
        while (j >= 0 && (theirs.mask()[j] == null || theirs.doc().line(j).isBlank())) {
            blanks += theirs.mask()[j] != null ? 1 : 0;
            j--;
        }
        int anchor = -1;
        if (j >= 0) {
            for (int i = 0; i < ours.mask().length && anchor < 0; i++) {
                if (theirs.mask()[j].equals(ours.mask()[i]) && (la == null || i >= la.headingLine())) {
                    anchor = i;
                }
            }
        }
        String nl = ours.newline(Math.max(anchor, 0));
        String block = convert(raw.toString(), nl);
        if (anchor < 0) {
            int end = ours.text().length();
            conflicts.add(end, end, block, id + ": ours has no place for theirs' items");
            decisions.add(new Decision(id, "conflict", "ours has no section for " + units.size() + " item(s) theirs added"));
            return;
        }
        int at = anchor;
        int skipped = 0;
        while (skipped < blanks && at + 1 < ours.doc().lineCount() && ours.doc().line(at + 1).isBlank()) {
            at++;
            skipped++;
        }
        int offset = ours.doc().line(at).end();
        boolean headingNext = at + 1 < ours.doc().lineCount() && dev.atomstate.parse.Section.atxLevel(ours.doc().line(at + 1).content()) > 0;
        // the next section's heading keeps the blank line above it
        edits.add(TextEdit.insert(offset, fit(ours, offset, nl.repeat(blanks - skipped) + block + (headingNext ? nl : ""), false),
                id + " from theirs"));
    }

    /** In a numbered list the inserted items count on from the item they follow. */
    private static String renumber(Anatomy ours, Unit prev, String block) {
        Matcher p = NUMBERED.matcher(ours.doc().line(prev.first()).content());
        if (!p.find()) {
            return block;
        }
        long n = Long.parseLong(p.group(2));
        StringBuilder sb = new StringBuilder();
        for (String line : Diff3.split(block)) {
            Matcher m = NUMBERED.matcher(line);
            if (m.find() && m.group(1).equals(p.group(1))) {
                n++;
                line = m.group(1) + n + m.group(3) + line.substring(m.end());
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** Newlines in the form ours writes next to the insertion. */
    static String convert(String raw, String nl) {
        String lf = raw.replace("\r\n", "\n");
        return nl.equals("\n") ? lf : lf.replace("\n", nl);
    }

    private static String norm(String raw) {
        return raw.replace("\r\n", "\n");
    }

    /**
     * {@code block} (whole lines) placed at {@code at}: at an end without a line break the break goes before it;
     * replacing up to such an end, the block's own last break goes.
     */
    static String fit(Anatomy ours, int at, String block, boolean replacing) {
        boolean unterminatedEnd = at == ours.text().length() && !ours.text().isEmpty() && !ours.text().endsWith("\n");
        if (!unterminatedEnd || block.isEmpty()) {
            return block;
        }
        String trimmed = block.endsWith("\r\n") ? block.substring(0, block.length() - 2) : block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
        return replacing ? trimmed : ours.newline(ours.doc().lineCount() - 1) + trimmed;
    }
}
