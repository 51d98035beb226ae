package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Template text left behind: GSD's "[X] of [Y]" and "[YYYY-MM-DD]" placeholders, a "None yet." beside real
 * items, or the stray "yet." that a tool leaves when it cuts "None" out of "None yet.".
 */
public final class PlaceholderLeft implements Rule {
    public static final String ID = "placeholder-left";
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");
    private static final Pattern STRAY_YET = Pattern.compile("(?i)^(?:[-*+]\\s+)?yet\\.?$");

    /** A placeholder line to drop, and why. */
    public record Stale(int line, String message) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "template placeholders, \"None yet.\" beside real items, or a stray \"yet.\"";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        Document doc = state.doc();
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            var m = TEMPLATE.matcher(doc.line(i).content());
            if (!doc.inFence(i) && m.find()) {
                out.add(i + 1, doc.columnAt(doc.line(i).start() + m.start()), "template placeholder \"" + m.group()
                        + "\" left in the file; write the real value");
            }
        }
        for (Stale s : stale(state)) {
            out.add(s.line(), 1, s.message());
        }
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
            if (!doc.inFence(i) && STRAY_YET.matcher(doc.line(i).content().strip()).matches()) {
                out.add(new Stale(i + 1, "stray \"yet.\" left from a removed \"None yet.\"; delete the line"));
            }
        }
        return out;
    }
}
