package dev.atomstate.app;

import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PositionForms;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

/** Position lines every command writes the same way: "Last activity: date — description", Previous chains, the dash. */
final class PositionLines {
    private PositionLines() {
    }

    /**
     * A new last-activity value: {@code now} in the old value's date form and separator, and the description
     * {@code describe} makes from the old one (see {@link PositionText#activity}).
     */
    static String activity(String old, ZonedDateTime now, UnaryOperator<String> describe) {
        return PositionText.activity(PositionForms.activity(old), now, describe);
    }

    /** The dash the file uses between a date and its description: "—" unless it writes "--". */
    static String dash(ParsedState ps) {
        return PositionForms.dash(ps);
    }

    /** "Previous: old" at the top of the chain that follows {@code field}, spaced like the chain; null when it has none. */
    static TextEdit previous(ParsedState ps, Field field, String old) {
        List<Integer> chain = ps.handles().chains().get(field.line());
        if (chain == null || chain.isEmpty() || old.isBlank()) {
            return null;
        }
        Document doc = ps.doc();
        int first = chain.get(0);
        int gap = first - field.line() - 1;
        String nl = doc.newlineNear(first);
        String entry = "Previous: " + old + nl + nl.repeat(Math.max(0, gap));
        return TextEdit.insert(doc.line(first).start(), entry, "old " + field.normalizedKey() + " to the top of its Previous chain");
    }

    static void add(List<TextEdit> edits, TextEdit e) {
        if (e != null) {
            edits.add(e);
        }
    }

    /** A replacer that records an edit and a note, skipping replacements equal to the text. */
    static Replacer replacer(String text, List<TextEdit> edits, List<String> notes) {
        return (span, value, why) -> {
            if (!span.of(text).equals(value)) {
                edits.add(new TextEdit(span.start(), span.end(), value, why));
                notes.add(why);
            }
        };
    }

    /** Session continuity after a position change: Last session to now (in its own form), Stopped at, frontmatter stopped_at. */
    static void session(ParsedState ps, Replacer out, FrontmatterSync fm, ZonedDateTime now, String stoppedAt) {
        ParsedState.Handles h = ps.handles();
        String text = ps.text();
        if (h.lastSession() != null) {
            String v = Styles.dateLike(DateForms.of(h.lastSession().value(text)), now);
            out.replace(h.lastSession().value(), v, "last session → " + v);
        }
        if (h.stoppedAt() != null) {
            out.replace(h.stoppedAt().value(), stoppedAt, "stopped at → " + stoppedAt);
        }
        fm.set("stopped_at", stoppedAt);
    }

    /** The frontmatter's last_activity at {@code now}: a bare date stays a bare date, else "date — description" in its form. */
    static void frontmatterActivity(FrontmatterSync fm, ZonedDateTime now, String description) {
        String old = fm.get("last_activity");
        if (old != null) {
            fm.set("last_activity", DateForms.isBareDate(old) ? Styles.dateLike(DateForms.of(old), now) : activity(old, now, e -> description));
        }
    }
}
