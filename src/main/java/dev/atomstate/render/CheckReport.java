package dev.atomstate.render;

import dev.atomstate.check.CheckRun;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.RuleCatalog;
import dev.atomstate.check.Severity;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output formats of {@code check}: text grouped by file, JSON, GitHub workflow annotations, SARIF 2.1.0. */
public final class CheckReport {
    private CheckReport() {
    }

    public static void text(PrintWriter out, Style style, CheckRun run) {
        String current = null;
        for (Diagnostic d : run.diagnostics()) {
            if (!d.file().equals(current)) {
                current = d.file();
                out.println(style.bold(Safe.text(current)));
            }
            String sev = switch (d.severity()) {
                case ERROR -> style.error("error");
                case WARNING -> style.warn("warning");
                case INFO -> style.dim("info");
            };
            out.println("  " + Safe.text(d.file() + ":" + d.line() + ":" + d.column() + ": ") + sev + " " + Safe.text(d.message() + " [" + d.rule() + "]"));
        }
        long errors = run.count(Severity.ERROR);
        long warnings = run.count(Severity.WARNING);
        long infos = run.count(Severity.INFO);
        int n = run.diagnostics().size();
        String files = run.files().size() + (run.files().size() == 1 ? " file" : " files");
        if (n == 0) {
            out.println("no problems in " + files);
        } else {
            out.println(n + (n == 1 ? " problem" : " problems") + " (" + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning" : " warnings") + (infos == 0 ? "" : ", " + infos + " info") + ") in " + files);
        }
    }

    /** What --fix did to one file, when it did something: the diff with --dry-run, else what it changed. */
    public static void fixed(PrintWriter out, WriteReport.Outcome o) {
        if (o.change().isNoop()) {
            return;
        }
        if (o.dryRun()) {
            out.print(Safe.lines(WriteReport.diff(o)));
        } else {
            out.println(Safe.text(o.change().summary() + " in " + o.file()));
            for (String note : o.change().notes()) {
                out.println("  " + Safe.text(note));
            }
        }
    }

    public static void github(PrintWriter out, CheckRun run) {
        for (Diagnostic d : run.diagnostics()) {
            String level = d.severity() == Severity.ERROR ? "error" : d.severity() == Severity.WARNING ? "warning" : "notice";
            out.println("::" + level + " file=" + property(d.file()) + ",line=" + d.line() + ",col=" + d.column()
                    + ",title=" + property("atomstate " + d.rule()) + "::" + data(d.message()));
        }
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }

    public static void json(PrintWriter out, CheckRun run) {
        Map<String, Object> doc = Json.document("check");
        doc.put("files", run.files());
        List<Object> diagnostics = new ArrayList<>();
        for (Diagnostic d : run.diagnostics()) {
            diagnostics.add(Json.obj("rule", d.rule(), "severity", d.severity().id(), "file", d.file(), "line", d.line(),
                    "column", d.column(), "message", d.message()));
        }
        doc.put("diagnostics", diagnostics);
        List<Object> unreadable = new ArrayList<>();
        for (CheckRun.Unreadable u : run.unreadable()) {
            unreadable.add(u.message());
        }
        doc.put("unreadable", unreadable);
        if (run.fixes() != null) {
            List<Object> fixes = new ArrayList<>();
            for (CheckRun.Fix f : run.fixes()) {
                fixes.add(Json.obj("file", f.file(), "changes", f.changes(), "written", f.written(), "dryRun", f.dryRun()));
            }
            doc.put("fixes", fixes);
        }
        doc.put("summary", Json.obj("errors", run.count(Severity.ERROR), "warnings", run.count(Severity.WARNING),
                "info", run.count(Severity.INFO)));
        Json.print(out, doc);
    }

    /** SARIF 2.1.0: one run, the state-file rules as tool.driver.rules (with their README sections as helpUri), one result per finding. */
    public static void sarif(PrintWriter out, CheckRun run) {
        List<Object> ruleDocs = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (RuleCatalog.Entry r : RuleCatalog.all()) {
            if (r.scope() != RuleCatalog.Scope.STATE) {
                continue; // worklog findings carry their ruleId alone, as before
            }
            index.put(r.id(), ruleDocs.size());
            ruleDocs.add(Json.obj("id", r.id(), "name", r.id(),
                    "shortDescription", Json.obj("text", r.finds()),
                    "fullDescription", Json.obj("text", r.explanation()),
                    "help", Json.obj("text", r.fix()),
                    "helpUri", RuleDocs.helpUri(r.id()),
                    "defaultConfiguration", Json.obj("level", level(r.severity()))));
        }
        List<Object> results = new ArrayList<>();
        for (Diagnostic d : run.diagnostics()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", d.rule());
            if (index.containsKey(d.rule())) {
                result.put("ruleIndex", index.get(d.rule()));
            }
            result.put("level", level(d.severity()));
            result.put("message", Json.obj("text", d.message()));
            result.put("locations", List.of(Json.obj("physicalLocation", Json.obj(
                    "artifactLocation", Json.obj("uri", uri(d.file())),
                    "region", Json.obj("startLine", d.line(), "startColumn", d.column())))));
            results.add(result);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "atomstate");
        driver.put("version", version());
        driver.put("rules", ruleDocs);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(Json.obj("tool", Json.obj("driver", driver), "invocations", List.of(invocation(run)), "results", results)));
        Json.print(out, doc);
    }

    /**
     * How the run went: a file that could not be read is no finding of a rule but the tool failing on it, so it is a
     * tool execution notification (level error, the file as its location) and the execution was not successful.
     */
    private static Map<String, Object> invocation(CheckRun run) {
        List<Object> notifications = new ArrayList<>();
        for (CheckRun.Unreadable u : run.unreadable()) {
            Map<String, Object> notification = Json.obj("level", "error", "message", Json.obj("text", u.message()));
            if (u.file() != null) {
                notification.put("locations", List.of(Json.obj("physicalLocation", Json.obj("artifactLocation", Json.obj("uri", uri(u.file()))))));
            }
            notifications.add(notification);
        }
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", run.unreadable().isEmpty());
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications);
        }
        return invocation;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String version() {
        return dev.atomstate.model.ToolVersion.current().version();
    }

    /** A relative path as a URI reference ("docs/my%20file.md"); an absolute one as a file: URI. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
