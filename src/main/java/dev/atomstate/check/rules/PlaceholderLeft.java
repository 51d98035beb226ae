package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.query.Placeholders;

/**
 * Template text left behind: GSD's "[X] of [Y]" and "[YYYY-MM-DD]" placeholders, a "None yet." beside real
 * items, or the stray "yet." that a tool leaves when it cuts "None" out of "None yet.".
 */
public final class PlaceholderLeft implements Rule {
    public static final String ID = "placeholder-left";

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
    public String explanation() {
        return "Template text left in the file: GSD's \"[X] of [Y]\" and \"[YYYY-MM-DD]\" placeholders, a \"None "
                + "yet.\" beside real items of the same list, or the stray \"yet.\" a tool leaves when it cuts "
                + "\"None\" out of \"None yet.\".";
    }

    @Override
    public String fix() {
        return "Write the real value in place of a template placeholder. 'atomstate check --fix' deletes a stale "
                + "\"None yet.\" and a stray \"yet.\".";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        Document doc = state.doc();
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            PlaceholderText.Template m = doc.inFence(i) ? null : PlaceholderText.template(doc.line(i).content());
            if (m != null) {
                out.add(i + 1, doc.columnAt(doc.line(i).start() + m.start()), "template placeholder \"" + m.text()
                        + "\" left in the file; write the real value");
            }
        }
        for (Placeholders.Stale s : Placeholders.stale(state)) {
            out.add(s.line(), 1, s.message());
        }
    }
}
