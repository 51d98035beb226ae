package dev.atomstate.cli;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.FixFindings;
import dev.atomstate.check.Severity;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check state files for inconsistencies (progress, focus, stale session and activity, duplicates, "
                + "durations, counters, frontmatter, dates, tables, placeholders, size). Exits 1 when something fails.",
        footer = {"", "Severity per rule in .atomstate.yml (check.severity.RULE: error|warning|info|off); silence a line with",
                "<!-- atomstate-disable-next-line RULE -->, a region with <!-- atomstate-disable RULE --> … <!-- atomstate-enable RULE -->.",
                "", "Example:", "  atomstate check", "  atomstate check planning-samples --format github --fail-on warning",
                "  atomstate check --fix --dry-run"})
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, github, sarif }

    enum FailOn { error, warning }

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "State files, or folders searched for STATE.md files. Default: the discovered state file.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, github (workflow annotations) or sarif (2.1.0).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit 1 on findings of this severity or worse: error (default) or warning.")
    FailOn failOn = FailOn.error;

    @Option(names = "--fix", description = "Apply the fixes that are certain (percent and bar, exact duplicate rows and Previous "
            + "lines, stale placeholders), then report what remains. With --dry-run: show the diff, write nothing.")
    boolean fix;

    @Override
    public Integer call() {
        if (root.json) {
            format = Format.json;
        }
        CheckContext context = CommandSupport.checkContext(root);
        List<Diagnostic> all = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        List<Map<String, Object>> fixes = fix ? new ArrayList<>() : null;
        PrintWriter out = root.ctx.out();
        boolean humanOutput = format == Format.text || format == Format.github;
        for (Path file : files()) {
            String name = CommandSupport.display(root, file);
            try {
                CheckContext fileContext = context.with(CrossFileJson.neighbours(root, file));
                if (WorklogSupport.isWorklog(root, file)) { // worklogs (issue 6)
                    all.addAll(fileContext.configured(WorklogSupport.check(root, file)));
                } else {
                    ParsedState state = fix ? fix(file, name, fileContext, fixes, humanOutput ? out : null) : CommandSupport.read(root, file);
                    all.addAll(Checker.check(state, fileContext));
                }
                names.add(name);
            } catch (AtomstateException e) {
                unreadable.add(e.getMessage());
                root.ctx.err().println("atomstate: " + Cli.oneLine(e.getMessage()));
            }
        }
        CheckReport.Run run = new CheckReport.Run(names, all, unreadable, fixes);
        switch (format) {
            case json -> CheckReport.json(out, run);
            case github -> CheckReport.github(out, run);
            case sarif -> CheckReport.sarif(out, run);
            default -> {
                // nothing could be read: the error lines say it all, "no problems in 0 files" would mislead
                if (!names.isEmpty() || unreadable.isEmpty()) {
                    CheckReport.text(out, Style.of(root), run);
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

    /**
     * Fixes one file under the lock (the findings are computed again from the text read under it), reports what
     * changed, and returns the file as it is now (as it would be, with --dry-run) for the re-check.
     */
    private ParsedState fix(Path file, String name, CheckContext context, List<Map<String, Object>> fixes, PrintWriter out) {
        CommandSupport.Outcome o = CommandSupport.update(root, file, state -> {
            Set<String> reported = new HashSet<>();
            for (Diagnostic d : Checker.check(state, context)) {
                reported.add(d.rule() + ":" + d.line() + ":" + d.column());
                reported.add(d.rule() + ":" + d.line() + ":0");
            }
            return FixFindings.compute(state, (rule, line, column) -> reported.contains(rule + ":" + line + ":" + column));
        });
        fixes.add(ModelJson.obj("file", name, "changes", o.change().notes(), "written", o.written(), "dryRun", root.dryRun));
        if (out != null && !o.change().isNoop()) {
            if (root.dryRun) {
                boolean relative = !Path.of(name).isAbsolute();
                out.print(UnifiedDiff.diff(relative ? "a/" + name : name, relative ? "b/" + name : name, o.before(), o.after()));
            } else {
                out.println(o.change().summary() + " in " + name);
                for (String note : o.change().notes()) {
                    out.println("  " + note);
                }
            }
        }
        return StateParser.parse(name, o.after());
    }

    private List<Path> files() {
        if (paths.isEmpty()) {
            return WorklogSupport.withConfiguredWorklog(root, CommandSupport.stateFile(root));
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
}
