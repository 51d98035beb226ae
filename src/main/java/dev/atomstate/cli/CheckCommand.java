package dev.atomstate.cli;

import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.Severity;
import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check state files for inconsistencies (stated percent vs done/total, bars, focus, stale session, "
                + "duplicates, durations, counters, next action). Exits 1 when something fails.",
        footer = {"", "Example:", "  atomstate check", "  atomstate check planning-samples --format github --fail-on warning"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, github }

    enum FailOn { error, warning }

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "State files, or folders searched for .planning/STATE.md, STATE.md and .gsd/STATE.md. Default: the discovered state file.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, or github (workflow annotations).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 on findings of this severity or worse: error (default) or warning.")
    FailOn failOn = FailOn.error;

    @Override
    public Integer call() {
        if (root.json) {
            format = Format.json;
        }
        List<Path> files = files();
        List<Diagnostic> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            String name = CommandSupport.display(root, file);
            try {
                all.addAll(Checker.check(CommandSupport.read(root, file)));
                names.add(name);
            } catch (AtomstateException e) {
                unreadable.add(e.getMessage());
                root.ctx.err().println("atomstate: " + Cli.oneLine(e.getMessage()));
            }
        }
        PrintWriter out = root.ctx.out();
        switch (format) {
            case json -> json(out, names, all, unreadable);
            case github -> github(out, all);
            default -> {
                // nothing could be read: the error lines say it all, "no problems in 0 files" would mislead
                if (!names.isEmpty() || unreadable.isEmpty()) {
                    text(out, names, all);
                }
            }
        }
        boolean failing = all.stream().anyMatch(d -> d.severity() == Severity.ERROR
                || failOn == FailOn.warning && d.severity() == Severity.WARNING);
        if (failing) {
            return ExitCodes.REFUSED;
        }
        return unreadable.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private List<Path> files() {
        if (paths.isEmpty()) {
            return List.of(CommandSupport.stateFile(root));
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            Path abs = root.ctx.cwd().resolve(p);
            if (Files.isDirectory(abs)) {
                try (Stream<Path> walk = Files.walk(abs)) {
                    walk.filter(f -> f.getFileName().toString().equals("STATE.md") && Files.isRegularFile(f))
                            .filter(f -> !f.toString().contains("/node_modules/") && !f.toString().contains("/.git/"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw AtomstateException.input(p + ": cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                files.add(abs);
            }
        }
        if (files.isEmpty()) {
            throw AtomstateException.input("no STATE.md found under " + paths + "; pass the files to check");
        }
        return files;
    }

    private void text(PrintWriter out, List<String> names, List<Diagnostic> all) {
        Style style = Style.of(root);
        String current = null;
        for (Diagnostic d : all) {
            if (!d.file().equals(current)) {
                current = d.file();
                out.println(style.bold(current));
            }
            String sev = d.severity() == Severity.ERROR ? style.error("error") : style.warn(d.severity().id());
            out.println("  " + d.file() + ":" + d.line() + ":" + d.column() + ": " + sev + " " + d.message() + " [" + d.rule() + "]");
        }
        long errors = all.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = all.stream().filter(d -> d.severity() == Severity.WARNING).count();
        String files = names.size() + (names.size() == 1 ? " file" : " files");
        if (all.isEmpty()) {
            out.println("no problems in " + files);
        } else {
            out.println(all.size() + (all.size() == 1 ? " problem" : " problems") + " (" + errors + (errors == 1 ? " error, " : " errors, ") + warnings
                    + (warnings == 1 ? " warning) in " : " warnings) in ") + files);
        }
    }

    private void github(PrintWriter out, List<Diagnostic> all) {
        for (Diagnostic d : all) {
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

    private void json(PrintWriter out, List<String> names, List<Diagnostic> all, List<String> unreadable) {
        Map<String, Object> doc = Json.document("check");
        doc.put("files", names);
        List<Object> diagnostics = new ArrayList<>();
        for (Diagnostic d : all) {
            diagnostics.add(ModelJson.obj("rule", d.rule(), "severity", d.severity().id(), "file", d.file(), "line", d.line(),
                    "column", d.column(), "message", d.message()));
        }
        doc.put("diagnostics", diagnostics);
        doc.put("unreadable", unreadable);
        doc.put("summary", ModelJson.obj(
                "errors", all.stream().filter(d -> d.severity() == Severity.ERROR).count(),
                "warnings", all.stream().filter(d -> d.severity() == Severity.WARNING).count()));
        Json.print(out, doc);
    }
}
