package dev.atomstate.app.merge;

import dev.atomstate.edit.Splicer;
import dev.atomstate.edit.TextEdit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The regions the merge could not decide, carried through the later edits of the merge and wrapped in conflict
 * markers at the end: each holds ours' text where it is in the current text, and theirs' text to show beside it.
 * Edits that insert at a region's edge stay outside it (an item added after a conflicted line is not part of the
 * conflict).
 */
final class Conflicts {
    /** {@code [start, end)} of the current text is ours' side; {@code theirs} is shown after the separator. */
    private record Region(int start, int end, String theirs, String what) {
    }

    private final List<Region> regions = new ArrayList<>();

    void add(int start, int end, String theirs, String what) {
        regions.add(new Region(start, end, theirs, what));
    }

    int size() {
        return regions.size();
    }

    /** Whether {@code [start, end)} lies inside a region already (its conflict is reported there). */
    boolean covers(int start, int end) {
        return regions.stream().anyMatch(r -> r.start() <= start && end <= r.end() && r.start() < r.end());
    }

    /** The text after {@code edits}, with every region moved along. */
    String apply(String text, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return text;
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        regions.replaceAll(r -> new Region(map(sorted, r.start(), true), Math.max(map(sorted, r.start(), true), map(sorted, r.end(), false)),
                r.theirs(), r.what()));
        return Splicer.apply(text, edits);
    }

    /** Where offset {@code p} goes; {@code afterInserts}: past text inserted exactly at {@code p}. */
    private static int map(List<TextEdit> sorted, int p, boolean afterInserts) {
        int delta = 0;
        for (TextEdit e : sorted) {
            int growth = e.replacement().length() - (e.end() - e.start());
            if (e.end() < p || e.end() == p && e.start() < p) {
                delta += growth;
            } else if (e.start() == p && e.end() == p) {
                if (afterInserts) {
                    delta += growth;
                }
            } else if (e.start() < p) {
                return e.start() + delta + e.replacement().length();
            }
        }
        return p + delta;
    }

    /** A text with its conflict regions wrapped, and how many marker blocks it holds. */
    record Wrapped(String text, int blocks) {
    }

    /** The text with each region wrapped in markers; a region inside another is reported by the outer one. */
    Wrapped wrap(String text, Markers markers, String nl) {
        List<Region> outer = new ArrayList<>();
        regions.stream().sorted(Comparator.comparingInt(Region::start).thenComparingInt(r -> -r.end())).forEach(r -> {
            Region last = outer.isEmpty() ? null : outer.get(outer.size() - 1);
            if (last == null || r.start() >= last.end() && !(r.start() == last.start() && r.end() == last.end())) {
                outer.add(r);
            }
        });
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Region r : outer) {
            sb.append(text, pos, r.start());
            String ours = text.substring(r.start(), r.end());
            if (r.start() > 0 && text.charAt(r.start() - 1) != '\n') {
                sb.append(nl);
            }
            sb.append(markers.wrap(ours, r.theirs(), nl));
            pos = r.end();
        }
        sb.append(text, pos, text.length());
        return new Wrapped(sb.toString(), outer.size());
    }
}
