package dev.atomstate.query;

import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlaceholderText;

import java.util.ArrayList;
import java.util.List;

/**
 * Placeholder lines that have outlived their purpose: a "None yet." in a list that has items, and the stray
 * "yet." a tool leaves when it cuts "None" out of "None yet.". The placeholder-left rule reports them and
 * check --fix deletes them.
 */
public final class Placeholders {
    private Placeholders() {
    }

    /** A placeholder line to drop (1-based), and why. */
    public record Stale(int line, String message) {
    }

    /** Lines that --fix may delete: a "None yet." in a list that has items, and a line that is only "yet.". */
    public static List<Stale> stale(ParsedState state) {
        List<Stale> out = new ArrayList<>();
        for (ParsedState.ListBlock block : new ParsedState.ListBlock[] {state.handles().decisions(), state.handles().todos(),
                state.handles().blockers()}) {
            if (block == null || block.items().isEmpty()) {
                continue;
            }
            for (int line : block.placeholderLines()) {
                out.add(new Stale(line + 1, "\"" + state.doc().line(line).content().strip()
                        + "\" stands beside " + block.items().size() + (block.items().size() == 1 ? " item" : " items")
                        + " under \"" + block.section().title() + "\"; delete the placeholder"));
            }
        }
        Document doc = state.doc();
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            if (!doc.inFence(i) && PlaceholderText.isStrayYetLine(doc.line(i))) {
                out.add(new Stale(i + 1, "stray \"yet.\" left from a removed \"None yet.\"; delete the line"));
            }
        }
        return out;
    }
}
