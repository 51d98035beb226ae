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

    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        // inserts at the same offset keep the order in which the command produced them
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
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
