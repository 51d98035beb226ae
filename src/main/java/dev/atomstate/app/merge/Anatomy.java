package dev.atomstate.app.merge;

import dev.atomstate.model.PlanId;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Span;

import java.util.List;
import java.util.Map;

/**
 * One version of a file as the merge sees it: the fields it understands (each with the span of its value), the
 * lists of appended items (each item with its lines), and every other line as the structural line merge compares
 * it. A field line stands in that comparison as a token of its role, so that a changed value is not a changed
 * structure; an item's lines are left out of it, so that items added on both sides are not a conflict there.
 *
 * @param mask     per line: the line as the structural merge compares it, or null for a line that belongs to an item
 * @param segments the labelled segments of the progress line ("v2.0", "Phase 61"), each with its span
 */
record Anatomy(String text, Document doc, String[] mask, Map<String, FieldPart> fields, Map<String, ListPart> lists,
               Map<String, Span> segments) {

    /** A field: its role ("status", "fm:progress.percent"), its 0-based line and its value's span. */
    record FieldPart(String role, int line, Span value) {
        String value(String text) {
            return value.of(text);
        }
    }

    /**
     * An appended item: its identity ({@code key}), its lines {@code [first, end)}, whether it is resolved (checked or
     * struck through), and what orders it among new items: a date and a plan where it names them.
     */
    record Unit(String key, int first, int end, boolean done, String date, PlanId plan) {
        String raw(Document doc) {
            return doc.text().substring(doc.line(first).start(), doc.line(end - 1).end());
        }
    }

    /**
     * A list: its items in file order, its placeholder lines ("None yet."), the heading line of its section (-1
     * when it has none) and whether new items go first (a newest-first chain or worklog).
     */
    record ListPart(String id, List<Unit> units, List<Integer> placeholders, int headingLine, boolean newestFirst) {
    }

    static final String TOKEN = "\u0000";

    static String token(String role) {
        return TOKEN + role;
    }

    String line(int i) {
        var l = doc.line(i);
        return text.substring(l.start(), l.end());
    }

    /** The newline to write next to line {@code i}. */
    String newline(int i) {
        return doc.lineCount() == 0 ? "\n" : doc.newlineNear(Math.min(i, doc.lineCount() - 1));
    }
}
