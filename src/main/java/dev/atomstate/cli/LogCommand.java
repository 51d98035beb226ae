package dev.atomstate.cli;

import dev.atomstate.app.worklog.LogAdd;
import dev.atomstate.app.worklog.LogResult;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.WorklogParser;
import dev.atomstate.query.worklog.Entries;
import dev.atomstate.render.LogReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** log: the worklog beside the state file (entries with a timestamp, objective, plan steps and results). */
@Command(name = "log", mixinStandardHelpOptions = true,
        header = "Read and write the worklog",
        description = "Read and write the worklog: list, show, add entries and record their results.",
        subcommands = {LogCommand.Add.class, LogCommand.ListEntries.class, LogCommand.Show.class, LogCommand.Result.class},
        footer = {"", "Example:", "  atomstate log list --status in-progress",
                "  atomstate log add --objective \"Ship the importer\" --step \"Write tests\" --step \"Implement\"",
                "  atomstate log result latest \"All 12 tests pass\" --status completed"})
final class LogCommand implements Callable<Integer> {
    final Invocation inv;

    LogCommand(Invocation inv) {
        this.inv = inv;
    }

    @Override
    public Integer call() {
        inv.err().println("atomstate: log needs a subcommand: add, list, show or result (see 'atomstate log --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Add a worklog entry",
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
            var now = log.inv.now();
            var options = new LogAdd.Options(objective, steps, results);
            return Writes.file(log.inv, "log-add", log.inv.worklogForWriting(), true, WorklogParser::parse, w -> LogAdd.run(w, options, now));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "List the worklog's entries",
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
            LocalDate from = since == null ? null : date(since);
            WorklogStatus wanted = status == null ? null : status(status);
            ParsedWorklog w = log.inv.readWorklog(log.inv.existingWorklog());
            LogReport.list(log.inv.out(), log.inv.json(), w, wanted, from);
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            header = "Show one worklog entry",
            description = "Show one entry in full: timestamp, status, objective, plan steps, results and its other parts.",
            footer = {"", "Example:", "  atomstate log show latest", "  atomstate log show 3 --json"})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        LogCommand log;

        @Parameters(index = "0", paramLabel = "N|latest", description = "The entry number from 'log list', or 'latest'.")
        String which;

        @Override
        public Integer call() {
            ParsedWorklog w = log.inv.readWorklog(log.inv.existingWorklog());
            ParsedEntry pe = Entries.pick(w, which);
            LogReport.show(log.inv.out(), log.inv.json(), w, Entries.number(w, pe), pe.entry());
            return ExitCodes.OK;
        }
    }

    @Command(name = "result", mixinStandardHelpOptions = true,
            header = "Record an entry's results",
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
            var options = new LogResult.Options(which, text, status == null ? null : status(status));
            Path path = log.inv.existingWorklog();
            return Writes.file(log.inv, "log-result", path, false, WorklogParser::parse, w -> LogResult.run(w, options));
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
