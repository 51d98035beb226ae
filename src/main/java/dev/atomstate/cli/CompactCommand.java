package dev.atomstate.cli;

import dev.atomstate.app.Compact;
import dev.atomstate.app.StateGuards;
import dev.atomstate.check.CheckContext;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.io.CompanionWrite;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Move what is history out of the state file into its archive: Previous: entries, decisions and "
                + "metrics rows of phases before the kept ones, resolved blockers, done todos, sections about a finished "
                + "phase. Every moved line is appended to the archive byte for byte, under a dated heading; the state file "
                + "only loses lines. A second run changes nothing.",
        footer = {"", "Example:", "  atomstate compact --dry-run", "  atomstate compact --keep-phases 2 --archive docs/STATE-ARCHIVE.md"})
final class CompactCommand implements Callable<Integer> {
    static final String DEFAULT_ARCHIVE = "STATE-ARCHIVE.md";

    @ParentCommand
    RootCommand root;

    @Option(names = "--keep-phases", paramLabel = "N", defaultValue = "1",
            description = "How many phases keep their history in the state file: the current one and the N-1 before it (default 1).")
    int keepPhases;

    @Option(names = "--archive", paramLabel = "PATH",
            description = "The archive. Default: STATE-ARCHIVE.md beside the state file (.planning/STATE-ARCHIVE.md).")
    Path archive;

    @Override
    public Integer call() {
        Path state = CommandSupport.stateFile(root);
        Path archivePath = archivePath(root, state, archive);
        if (archivePath.toAbsolutePath().normalize().equals(state.toAbsolutePath().normalize())) {
            throw AtomstateException.usage("--archive names the state file itself; give another file");
        }
        String stateName = CommandSupport.display(root, state);
        String archiveName = CommandSupport.display(root, archivePath);
        CheckContext budget = CommandSupport.checkContext(root);
        Compact.Options options = new Compact.Options(keepPhases, stateName, archiveName, budget.maxLines(), budget.maxBytes());
        ZonedDateTime now = CommandSupport.now(root);
        var limits = CommandSupport.limits(root);

        Compact.Result[] result = new Compact.Result[1];
        String[] stateTexts = new String[2];
        boolean archiveWritten = false;
        boolean stateWritten = false;
        if (root.dryRun) {
            StateFile.Loaded s = StateFile.read(state, stateName, limits);
            StateFile.Loaded a = CompanionWrite.readIfPresent(archivePath, archiveName, limits);
            compute(s, a, options, now, result, stateTexts);
        } else {
            CompanionWrite.Result written = CompanionWrite.update(state, stateName, archivePath, archiveName, limits, (s, a) -> {
                compute(s, a, options, now, result, stateTexts);
                Compact.Result r = result[0];
                byte[] archiveBytes = r.archiveChanges() ? (a != null ? a.source() : s.source()).encode(r.archiveAfter()) : null;
                byte[] stateBytes = r.state().isNoop() ? null : s.source().encode(stateTexts[1]);
                return new CompanionWrite.Bytes(archiveBytes, stateBytes);
            });
            archiveWritten = written.companionWritten();
            stateWritten = written.stateWritten();
        }
        Compact.Result r = result[0];
        CommandSupport.Outcome outcome = new CommandSupport.Outcome(stateTexts[0], stateTexts[1], r.state(), stateWritten);
        String archiveDiff = root.dryRun && r.archiveChanges() ? archiveDiff(archiveName, r) : null;
        if (root.json) {
            Map<String, Object> doc = CommandSupport.resultJson(root, "compact", state, outcome);
            doc.put("archiveWritten", archiveWritten);
            if (root.dryRun) {
                doc.put("archiveDiff", archiveDiff);
            }
            Json.print(root.ctx.out(), doc);
            return ExitCodes.OK;
        }
        if (archiveDiff != null) {
            root.ctx.out().print(archiveDiff);
        }
        CommandSupport.printResult(root, state, outcome);
        return ExitCodes.OK;
    }

    private static void compute(StateFile.Loaded s, StateFile.Loaded a, Compact.Options options, ZonedDateTime now,
                                Compact.Result[] result, String[] stateTexts) {
        String text = s.source().text();
        ParsedState ps = StateParser.parse(options.stateName(), text);
        Compact.Result r = Compact.run(ps, a == null ? null : a.source().text(), options, now);
        StateGuards.outsideUnclosedFence(ps, r.state());
        result[0] = r;
        stateTexts[0] = text;
        stateTexts[1] = r.state().apply(text);
    }

    static Path archivePath(RootCommand root, Path state, Path option) {
        if (option != null) {
            return root.ctx.cwd().resolve(option);
        }
        Path dir = state.toAbsolutePath().getParent();
        return dir == null ? Path.of(DEFAULT_ARCHIVE) : dir.resolve(DEFAULT_ARCHIVE);
    }

    private static String archiveDiff(String name, Compact.Result r) {
        boolean relative = !Path.of(name).isAbsolute();
        String before = r.archiveBefore() == null ? "" : r.archiveBefore();
        String from = r.archiveBefore() == null ? "/dev/null" : relative ? "a/" + name : name;
        return UnifiedDiff.diff(from, relative ? "b/" + name : name, before, r.archiveAfter());
    }
}
