package dev.atomstate.cli;

import dev.atomstate.app.worklog.LogAdd;
import dev.atomstate.app.worklog.LogResult;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.query.worklog.Entries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** log: the worklog beside the state file (entries with a timestamp, objective, plan steps and results). */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = "Read and write the worklog: list, show, add entries and record their results.",
        subcommands = {LogCommand.Add.class, LogCommand.ListEntries.class, LogCommand.Show.class, LogCommand.Result.class},
        footer = {"", "Example:", "  atomstate log list --status in-progress",
                "  atomstate log add --objective \"Ship the importer\" --step \"Write tests\" --step \"Implement\"",
                "  atomstate log result latest \"All 12 tests pass\" --status completed"})
final class LogCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        root.ctx.err().println("atomstate: log needs a subcommand: add, list, show or result (see 'atomstate log --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an entry, written like the file's newest one (timestamp spelling and zone, labels, separators), "
                    + "at the end or at the top as the file orders its entries. A new worklog gets '## YYYY-MM-DD HH:MM UTC' "
                    + "entries with Task Objective, Step-by-Step Plan and Results. Adding the newest objective again changes nothing.",
            footer = {"", "Example:", "  atomstate log add --objective \"Import recipes from CSV\" --step \"Write failing tests\" "
                    + "--step \"Implement the importer\" --results \"In progress\""})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        LogCommand log;

        @Option(names = "--objective", required = true, paramLabel = "TEXT", description = "What the work is for.")
        String objective;

        @Option(names = "--step", paramLabel = "TEXT", description = "A plan step (repeat for each step, in order).")
        List<String> steps = new ArrayList<>();

        @Option(names = "--results", paramLabel = "TEXT", description = "The results so far (e.g. 'In progress').")
        String results;

        @Override
        public Integer call() {
            RootCommand root = log.root;
            var now = CommandSupport.now(root);
            var options = new LogAdd.Options(objective, steps, results);
            return WorklogSupport.write(root, "log-add", WorklogSupport.forWriting(root), w -> LogAdd.run(w, options, now));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the entries, numbered in file order: timestamp as written, status, objective.",
            footer = {"", "Example:", "  atomstate log list --since 2025-11-17 --status completed", "  atomstate log list --json | jq '.entries[].timestamp'"})
    static final class ListEntries implements Callable<Integer> {
        @ParentCommand
        LogCommand log;

        @Option(names = "--since", paramLabel = "DATE", description = "Only entries on or after this date (YYYY-MM-DD).")
        String since;

        @Option(names = "--status", paramLabel = "S", description = "Only entries with this status: in-progress, completed, blocked or unknown.")
        String status;

        @Override
        public Integer call() {
            RootCommand root = log.root;
            LocalDate from = since == null ? null : date(since);
            WorklogStatus wanted = status == null ? null : status(status);
            ParsedWorklog w = WorklogSupport.read(root, WorklogSupport.existing(root));
            List<Object> json = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            int width = String.valueOf(w.entries().size()).length();
            for (int i = 0; i < w.entries().size(); i++) {
                WorklogEntry e = w.entries().get(i).entry();
                if (wanted != null && e.status() != wanted
                        || from != null && (e.timestamp() == null || LocalDate.parse(e.timestamp().substring(0, 10)).isBefore(from))) {
                    continue;
                }
                json.add(WorklogSupport.json(i + 1, e));
                lines.add(String.format("%" + width + "d  %s", i + 1, WorklogSupport.oneLine(e)));
            }
            if (root.json) {
                Map<String, Object> doc = Json.document("log-list");
                doc.put("file", w.fileName());
                doc.put("layout", w.layout().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                doc.put("newestFirst", w.layout().newestFirst());
                doc.put("entries", json);
                doc.put("problems", WorklogSupport.problems(w));
                Json.print(root.ctx.out(), doc);
                return ExitCodes.OK;
            }
            PrintWriter out = root.ctx.out();
            out.println(w.fileName() + ": " + lines.size() + (lines.size() == 1 ? " entry" : " entries")
                    + (lines.size() == w.entries().size() ? "" : " of " + w.entries().size()));
            lines.forEach(out::println);
            for (ParseProblem p : w.problems()) {
                out.println(w.fileName() + ":" + p.line() + ": " + p.message());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one entry in full: timestamp, status, objective, plan steps, results and its other parts.",
            footer = {"", "Example:", "  atomstate log show latest", "  atomstate log show 3 --json"})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        LogCommand log;

        @Parameters(index = "0", paramLabel = "N|latest", description = "The entry number from 'log list', or 'latest'.")
        String which;

        @Override
        public Integer call() {
            RootCommand root = log.root;
            ParsedWorklog w = WorklogSupport.read(root, WorklogSupport.existing(root));
            ParsedEntry pe = Entries.pick(w, which);
            int n = Entries.number(w, pe);
            WorklogEntry e = pe.entry();
            if (root.json) {
                Map<String, Object> doc = Json.document("log-show");
                doc.put("file", w.fileName());
                doc.put("entry", WorklogSupport.json(n, e));
                Json.print(root.ctx.out(), doc);
                return ExitCodes.OK;
            }
            PrintWriter out = root.ctx.out();
            out.println(w.fileName() + ":" + e.line() + ": entry " + n + " of " + w.entries().size());
            out.println("Time       " + (e.timestampText() == null ? "(none)" : e.timestampText() + " (" + e.timestamp()
                    + (e.end() == null ? "" : " to " + e.end()) + ")"));
            out.println("Status     " + e.status().id());
            out.println("Objective  " + (e.objective() == null ? "(none)" : e.objective()));
            if (!e.steps().isEmpty()) {
                out.println("Steps");
                for (int i = 0; i < e.steps().size(); i++) {
                    out.println("  " + (i + 1) + ". " + e.steps().get(i));
                }
            }
            out.println("Results" + (e.results() == null ? "    (none)" : ""));
            indented(out, e.results());
            for (WorklogEntry.Part p : e.other()) {
                out.println(p.label());
                indented(out, p.text());
            }
            return ExitCodes.OK;
        }

        private static void indented(PrintWriter out, String text) {
            if (text != null && !text.isBlank()) {
                text.lines().forEach(l -> out.println(("  " + l).stripTrailing()));
            }
        }
    }

    @Command(name = "result", mixinStandardHelpOptions = true,
            description = "Fill or replace the results of one entry, in place; nothing else in the file changes. "
                    + "--status leads the text with the status words (e.g. '✅ Completed — ') unless it already says so.",
            footer = {"", "Example:", "  atomstate log result latest \"All 141 tests pass\" --status completed",
                    "  atomstate log result 3 \"Waiting for the staging database\" --status blocked"})
    static final class Result implements Callable<Integer> {
        @ParentCommand
        LogCommand log;

        @Parameters(index = "0", paramLabel = "N|latest", description = "The entry number from 'log list', or 'latest'.")
        String which;

        @Parameters(index = "1", paramLabel = "TEXT", description = "The results.")
        String text;

        @Option(names = "--status", paramLabel = "S", description = "in-progress, completed or blocked.")
        String status;

        @Override
        public Integer call() {
            RootCommand root = log.root;
            var options = new LogResult.Options(which, text, status == null ? null : status(status));
            Path path = WorklogSupport.existing(root);
            return CommandSupport.write(root, "log-result", path, dev.atomstate.parse.worklog.WorklogParser::parse, w -> LogResult.run(w, options));
        }
    }

    static WorklogStatus status(String s) {
        WorklogStatus st = WorklogStatus.of(s);
        if (st == null) {
            throw AtomstateException.usage("--status '" + s + "' is not one of in-progress, completed, blocked, unknown");
        }
        return st;
    }

    static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
        } catch (DateTimeParseException e) {
            throw AtomstateException.usage("--since '" + s + "' is not a date; use YYYY-MM-DD");
        }
    }
}
