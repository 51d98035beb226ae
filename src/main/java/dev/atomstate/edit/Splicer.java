package dev.atomstate.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies text edits to the original text. Everything outside the edited ranges is copied unchanged, so a
 * command can only ever change what its edits name. Overlapping edits are a bug in the caller and refused.
 */
public final class Splicer {
    private Splicer() {
    }

    /**
     * The edits in the order they are applied: by start, then end; inserts at one offset keep the order in which
     * the command produced them (the sort is stable). Written out rather than chained from
     * {@code Comparator.comparing}, whose lambdas the JDK spins at run time on every write.
     */
    public static List<TextEdit> inApplyOrder(List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(BY_RANGE);
        return sorted;
    }

    /** A class rather than a method reference: every write sorts its edits, and a cold run links each lambda it reaches. */
    private static final java.util.Comparator<TextEdit> BY_RANGE = new java.util.Comparator<>() {
        @Override
        public int compare(TextEdit a, TextEdit b) {
            int byStart = Integer.compare(a.start(), b.start());
            return byStart != 0 ? byStart : Integer.compare(a.end(), b.end());
        }
    };

    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = inApplyOrder(edits);
        StringBuilder out = new StringBuilder(text.length() + 256);
        int pos = 0;
        for (TextEdit e : sorted) {
            if (e.start() < pos || e.end() > text.length()) {
                throw new IllegalStateException("overlapping or out-of-range edit " + e.start() + ".." + e.end() + " (" + e.why() + ")");
            }
            out.append(text, pos, e.start()).append(e.replacement());
            pos = e.end();
        }
        out.append(text, pos, text.length());
        return out.toString();
    }
}
