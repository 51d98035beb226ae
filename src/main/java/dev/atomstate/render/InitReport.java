package dev.atomstate.render;

import dev.atomstate.edit.UnifiedDiff;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** init: the new state file, as its diff from nothing with --dry-run, a line saying it was created, or JSON. */
public final class InitReport {
    private InitReport() {
    }

    /** {@code template} and {@code project} as asked (null: not given); {@code text} the new file's text. */
    public static void print(PrintWriter out, boolean json, boolean dryRun, String file, String template, String project, String text) {
        String diff = dryRun ? UnifiedDiff.diff("/dev/null", Path.of(file).isAbsolute() ? file : "b/" + file, "", text) : "";
        if (json) {
            Map<String, Object> doc = Json.document("init");
            doc.put("file", file);
            doc.put("changed", true);
            doc.put("written", !dryRun);
            doc.put("dryRun", dryRun);
            doc.put("summary", "created " + file);
            doc.put("template", template == null ? "gsd" : template.toLowerCase(java.util.Locale.ROOT));
            doc.put("project", project);
            doc.put("changes", List.of("new state file, " + text.split("\n", -1).length + " lines"));
            if (dryRun) {
                doc.put("diff", diff);
            }
            Json.print(out, doc);
        } else if (dryRun) {
            out.print(Safe.lines(diff));
        } else {
            out.println("created " + Safe.text(file));
        }
    }
}
