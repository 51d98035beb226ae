package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Placeholders;

import java.util.regex.Pattern;

/**
 * Template text left behind: GSD's "[X] of [Y]" and "[YYYY-MM-DD]" placeholders, a "None yet." beside real
 * items, or the stray "yet." that a tool leaves when it cuts "None" out of "None yet.".
 */
public final class PlaceholderLeft implements Rule {
    public static final String ID = "placeholder-left";
    private static final Pattern TEMPLATE = Pattern.compile(
            "\\[[A-Z]\\]\\s+of\\s+\\[[A-Z]\\]|\\[YYYY-MM-DD\\]|\\[(?:Phase name|What happened|Current phase name)\\]");

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
        for (Placeholders.Stale s : Placeholders.stale(state)) {
            out.add(s.line(), 1, s.message());
        }
    }
}
