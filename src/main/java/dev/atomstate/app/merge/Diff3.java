package dev.atomstate.app.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * A three-way merge of sequences: the base against each side, cut into chunks at the elements all three share.
 * A chunk that only one side changed takes that side; one both changed alike takes either; one both changed
 * differently is a conflict. This is the classic diff3 rule (changes to the same or to adjacent elements
 * conflict), which errs on the side of asking.
 */
final class Diff3 {
    private Diff3() {
    }

    enum Kind { SAME, OURS, THEIRS, BOTH, CONFLICT }

    /** Half-open ranges of base, ours and theirs that form one chunk, and what the merge does with it. */
    record Chunk(Kind kind, int base0, int base1, int ours0, int ours1, int theirs0, int theirs1) {
    }

    static <T> List<Chunk> chunks(List<T> base, List<T> ours, List<T> theirs) {
        int[] toOurs = LineDiff.match(base, ours);
        int[] toTheirs = LineDiff.match(base, theirs);
        List<Chunk> out = new ArrayList<>();
        int o = 0;
        int a = 0;
        int b = 0;
        for (int i = 0; i <= base.size(); i++) {
            boolean sync = i == base.size() || toOurs[i] >= 0 && toTheirs[i] >= 0;
            if (!sync) {
                continue;
            }
            int ai = i == base.size() ? ours.size() : toOurs[i];
            int bi = i == base.size() ? theirs.size() : toTheirs[i];
            if (i > o || ai > a || bi > b) {
                out.add(classify(base, ours, theirs, o, i, a, ai, b, bi));
            }
            if (i < base.size()) {
                out.add(new Chunk(Kind.SAME, i, i + 1, ai, ai + 1, bi, bi + 1));
            }
            o = i + 1;
            a = ai + 1;
            b = bi + 1;
        }
        return out;
    }

    private static <T> Chunk classify(List<T> base, List<T> ours, List<T> theirs, int o0, int o1, int a0, int a1, int b0, int b1) {
        List<T> o = base.subList(o0, o1);
        List<T> a = ours.subList(a0, a1);
        List<T> b = theirs.subList(b0, b1);
        Kind kind;
        if (a.equals(o)) {
            kind = b.equals(o) ? Kind.SAME : Kind.THEIRS;
        } else if (b.equals(o)) {
            kind = Kind.OURS;
        } else if (a.equals(b)) {
            kind = Kind.BOTH;
        } else {
            kind = Kind.CONFLICT;
        }
        return new Chunk(kind, o0, o1, a0, a1, b0, b1);
    }

    /** A plain line merge of whole texts (lines with their terminators); conflicts get git-style markers. */
    static Merged lines(String base, String ours, String theirs, Markers markers) {
        List<String> o = split(base);
        List<String> a = split(ours);
        List<String> b = split(theirs);
        StringBuilder sb = new StringBuilder();
        int conflicts = 0;
        for (Chunk c : chunks(o, a, b)) {
            switch (c.kind()) {
                case SAME, OURS, BOTH -> a.subList(c.ours0(), c.ours1()).forEach(sb::append);
                case THEIRS -> b.subList(c.theirs0(), c.theirs1()).forEach(sb::append);
                case CONFLICT -> {
                    conflicts++;
                    String nl = ours.contains("\r\n") && !ours.replace("\r\n", "").contains("\n") ? "\r\n" : "\n";
                    sb.append(markers.wrap(String.join("", a.subList(c.ours0(), c.ours1())),
                            String.join("", b.subList(c.theirs0(), c.theirs1())), nl));
                }
            }
        }
        return new Merged(sb.toString(), conflicts);
    }

    record Merged(String text, int conflicts) {
    }

    /** Lines with their terminators; the last line may have none. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
