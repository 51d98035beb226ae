package dev.atomstate.render;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.UnifiedDiff;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of a writing command, as text (what changed, or why nothing did; the diff with --dry-run) or as JSON. */
public final class WriteReport {
    private WriteReport() {
    }

    /**
     * What one write did: the file as the user sees its name, the text before and after, the change, whether the file
     * was written, and whether this was a dry run.
     */
    public record Outcome(String file, String before, String after, Change change, boolean written, boolean dryRun) {
    }

    /** The --json result: what changed (or why nothing did), and the diff with --dry-run; {@code kind} null for a nested result. */
    public static Map<String, Object> json(String kind, Outcome outcome) {
        Change c = outcome.change();
        Map<String, Object> doc = kind == null ? new LinkedHashMap<>() : Json.document(kind);
        doc.put("file", outcome.file());
        doc.put("changed", !c.isNoop());
        doc.put("written", outcome.written());
        doc.put("dryRun", outcome.dryRun());
        doc.put("summary", c.summary());
        doc.putAll(c.facts());
        doc.put("changes", c.notes());
        if (outcome.dryRun()) {
            doc.put("diff", diff(outcome));
        }
        return doc;
    }

    /** The text result: the diff with --dry-run, else what was changed or why nothing was. */
    public static void text(PrintWriter out, Outcome outcome) {
        Change c = outcome.change();
        if (outcome.dryRun()) {
            if (c.isNoop()) {
                out.println(Safe.lines(String.join("\n", c.notes())));
            } else {
                out.print(Safe.lines(diff(outcome)));
            }
            return;
        }
        if (c.isNoop()) {
            out.println(Safe.text(c.notes().isEmpty() ? c.summary() + "; nothing changed" : c.notes().get(0)));
            return;
        }
        if (!outcome.written()) {
            // the edits reproduce the file as it is: say so rather than claim a change
            out.println(Safe.text(c.summary()) + ": the file already says this; nothing changed");
            return;
        }
        out.println(Safe.text(c.summary() + " in " + outcome.file()));
        for (String note : c.notes()) {
            out.println("  " + Safe.text(note));
        }
    }

    /** A unified diff from a/FILE to b/FILE (the names as given when absolute). Only --dry-run shows it; a plain write need not pay for it. */
    public static String diff(Outcome outcome) {
        String name = outcome.file();
        boolean relative = !Path.of(name).isAbsolute();
        return UnifiedDiff.diff(relative ? "a/" + name : name, relative ? "b/" + name : name, outcome.before(), outcome.after());
    }
}
