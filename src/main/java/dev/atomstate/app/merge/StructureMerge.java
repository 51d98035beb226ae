package dev.atomstate.app.merge;

import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The first pass: a line merge of what the model does not understand. Each version's lines are compared as its
 * {@link Anatomy} masks them (fields as tokens of their role, items left out), so the parts the model merges never
 * conflict here. What theirs changed and ours did not is applied to ours line by line; where both changed the same
 * lines differently, the lines become a conflict region — except where both only added lines at one place (a new
 * section each): both blocks are kept, in the order of their text. Items of theirs that sit inside a changed block
 * are not copied: the list merge places them.
 */
final class StructureMerge {
    private StructureMerge() {
    }

    /** Theirs' changes as edits on ours; conflicts are added in ours' coordinates. */
    static List<TextEdit> edits(Anatomy base, Anatomy ours, Anatomy theirs, Conflicts conflicts, List<String> notes) {
        List<Integer> o = kept(base);
        List<Integer> a = kept(ours);
        List<Integer> t = kept(theirs);
        List<TextEdit> edits = new ArrayList<>();
        int changed = 0;
        int added = 0;
        for (Diff3.Chunk c : Diff3.chunks(masked(base, o), masked(ours, a), masked(theirs, t))) {
            if (c.kind() != Diff3.Kind.THEIRS && c.kind() != Diff3.Kind.CONFLICT) {
                continue;
            }
            String block = block(theirs, t, c.theirs0(), c.theirs1());
            if (c.kind() == Diff3.Kind.THEIRS) {
                changed++;
                if (c.ours1() > c.ours0()) {
                    var first = ours.doc().line(a.get(c.ours0()));
                    boolean more = first.end() < ours.text().length();
                    String nl = ours.newline(first.index());
                    edits.add(new TextEdit(first.start(), first.end(), more && !block.isEmpty() && !block.endsWith("\n") ? block + nl : block,
                            "theirs' lines"));
                    for (int k = c.ours0() + 1; k < c.ours1(); k++) {
                        var l = ours.doc().line(a.get(k));
                        edits.add(new TextEdit(l.start(), l.end(), "", "theirs deleted the line"));
                    }
                } else {
                    int at = insertionPoint(ours, a, c.ours0(), theirs, t, c.theirs0(), c.theirs1());
                    edits.add(TextEdit.insert(at, fitted(ours, at, block), "theirs' lines"));
                }
            } else if (c.base0() == c.base1() && c.ours1() > c.ours0() && !block.isEmpty()) {
                edits.addAll(bothAdded(ours, a.subList(c.ours0(), c.ours1()), c.ours1() < a.size() ? a.get(c.ours1()) : -1,
                        theirs, t.subList(c.theirs0(), c.theirs1())));
                added++;
            } else {
                int start;
                int end;
                if (c.ours1() > c.ours0()) {
                    start = ours.doc().line(a.get(c.ours0())).start();
                    end = ours.doc().line(a.get(c.ours1() - 1)).end();
                } else {
                    start = insertionPoint(ours, a, c.ours0(), theirs, t, c.theirs0(), c.theirs1());
                    end = start;
                }
                int line = ours.doc().lineCount() == 0 ? 1 : ours.doc().lineAt(Math.min(start, Math.max(0, ours.text().length() - 1))) + 1;
                conflicts.add(start, end, block, "lines " + line + "–: both branches changed them differently");
                notes.add("lines near " + line + ": both branches changed them differently; left as a conflict");
            }
        }
        if (changed > 0) {
            notes.add(changed + (changed == 1 ? " block" : " blocks") + " of other lines taken from theirs (ours left them as they were)");
        }
        if (added > 0) {
            notes.add(added + (added == 1 ? " block" : " blocks") + " of lines both added at one place: both kept, in the order of their text");
        }
        return edits;
    }

    private static List<Integer> kept(Anatomy an) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < an.mask().length; i++) {
            if (an.mask()[i] != null) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<String> masked(Anatomy an, List<Integer> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i : lines) {
            out.add(an.mask()[i]);
        }
        return out;
    }

    /** Theirs' lines {@code [from, to)} of the kept lines, each with its own line ending; items between them are left out. */
    private static String block(Anatomy theirs, List<Integer> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(theirs.line(t.get(k)));
        }
        return sb.toString();
    }

    /** {@code block} made to fit at {@code at} of ours: a line ending before it at an unterminated end, one after it inside. */
    private static String fitted(Anatomy ours, int at, String block) {
        if (block.isEmpty()) {
            return block;
        }
        String nl = ours.newline(ours.doc().lineCount() == 0 ? 0 : ours.doc().lineAt(Math.max(0, Math.min(at, ours.text().length() - 1))));
        boolean atUnterminatedEnd = at == ours.text().length() && !ours.text().isEmpty() && !ours.text().endsWith("\n");
        if (atUnterminatedEnd) {
            return nl + (block.endsWith("\n") ? block.substring(0, block.length() - (block.endsWith("\r\n") ? 2 : 1)) : block);
        }
        return block.endsWith("\n") || at == ours.text().length() ? block : block + nl;
    }

    /**
     * Where a block that ours does not have goes: right after the kept line before it when theirs has it right after
     * that line, else right before the kept line after it when theirs has it right before that one, else after the
     * line before (items in between stay above it).
     */
    private static int insertionPoint(Anatomy ours, List<Integer> a, int oursIndex, Anatomy theirs, List<Integer> t, int t0, int t1) {
        boolean prevAdjacent = t0 > 0 && t0 < t.size() && t.get(t0 - 1) == t.get(t0) - 1;
        boolean nextAdjacent = t1 < t.size() && t1 > t0 && t.get(t1) == t.get(t1 - 1) + 1;
        Integer prev = oursIndex > 0 ? a.get(oursIndex - 1) : null;
        Integer next = oursIndex < a.size() ? a.get(oursIndex) : null;
        if (prev != null && (prevAdjacent || next == null || !nextAdjacent)) {
            return ours.doc().line(prev).end();
        }
        if (next != null) {
            return ours.doc().line(next).start();
        }
        return t0 == 0 && !t.isEmpty() && t.get(0) == 0 ? 0 : ours.text().length();
    }

    /** Consecutive kept lines that begin with a heading (the first group: what comes before one). */
    private record Group(String key, List<Integer> lines) {
    }

    private static List<Group> groups(Anatomy an, List<Integer> lines) {
        List<Group> out = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i : lines) {
            if (!current.isEmpty() && Section.atxLevel(an.doc().line(i).content()) > 0 && !an.mask()[i].startsWith(Anatomy.TOKEN)) {
                out.add(group(an, current));
                current = new ArrayList<>();
            }
            current.add(i);
        }
        if (!current.isEmpty()) {
            out.add(group(an, current));
        }
        return out;
    }

    private static Group group(Anatomy an, List<Integer> lines) {
        StringBuilder key = new StringBuilder();
        lines.forEach(i -> key.append(an.mask()[i].replace("\r\n", "\n")));
        return new Group(key.toString(), List.copyOf(lines));
    }

    /**
     * Both sides added lines at one place (a new section each, the same new section both): the added lines are
     * compared section by section, a section both added once, the others all kept — side by side in the order of
     * their text, so the result is the same whichever side is ours.
     */
    private static List<TextEdit> bothAdded(Anatomy ours, List<Integer> mine, int nextKept, Anatomy theirs, List<Integer> other) {
        List<Group> gx = groups(ours, mine);
        List<Group> gy = groups(theirs, other);
        int[] m = LineDiff.match(gx.stream().map(Group::key).toList(), gy.stream().map(Group::key).toList());
        List<TextEdit> edits = new ArrayList<>();
        int i0 = -1;
        int j0 = -1;
        for (int i = 0; i <= gx.size(); i++) {
            if (i < gx.size() && m[i] < 0) {
                continue;
            }
            int j = i < gx.size() ? m[i] : gy.size();
            if (j > j0 + 1) {
                String theirsText = text(theirs, gy.subList(j0 + 1, j));
                String oursText = text(ours, gx.subList(i0 + 1, i));
                boolean before = !oursText.isEmpty() && theirsText.compareTo(oursText) < 0;
                int at = before ? ours.doc().line(gx.get(i0 + 1).lines().get(0)).start() : startOfGroup(ours, gx, i, nextKept);
                String placed = fitted(ours, at, theirsText);
                if (at < ours.text().length() && !placed.isEmpty() && !placed.replace("\r\n", "\n").endsWith("\n\n")
                        && Section.atxLevel(ours.doc().line(ours.doc().lineAt(at)).content()) > 0) {
                    placed += ours.newline(ours.doc().lineAt(at));
                }
                if (at > 0 && !placed.isEmpty() && Section.atxLevel(Diff3.split(placed).get(0).strip()) > 0) {
                    int prev = ours.doc().lineAt(at - 1);
                    if (!ours.doc().line(prev).isBlank()) {
                        // a section after text keeps the blank line above its heading
                        placed = (placed.startsWith(ours.newline(prev)) ? "" : ours.newline(prev)) + placed;
                    }
                }
                edits.add(TextEdit.insert(at, placed, "theirs' lines beside ours"));
            }
            i0 = i;
            j0 = j;
        }
        return edits;
    }

    /** Where group {@code i} of ours starts (past the items of the group before it); past the last: the next kept line. */
    private static int startOfGroup(Anatomy ours, List<Group> gx, int i, int nextKept) {
        if (i < gx.size()) {
            return ours.doc().line(gx.get(i).lines().get(0)).start();
        }
        return nextKept >= 0 ? ours.doc().line(nextKept).start() : ours.text().length();
    }

    private static String text(Anatomy an, List<Group> groups) {
        StringBuilder sb = new StringBuilder();
        for (Group g : groups) {
            for (int i : g.lines()) {
                sb.append(an.line(i));
            }
        }
        return sb.toString();
    }
}
