package dev.atomstate.cli;

import dev.atomstate.app.Compact;
import dev.atomstate.app.StateGuards;
import dev.atomstate.check.CheckContext;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.render.Json;
import dev.atomstate.render.WriteReport;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.StateUpdate;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Move history out of the state file into its archive",
        description = "Move what is history out of the state file into its archive: Previous: entries, decisions and "
                + "metrics rows of phases before the kept ones, resolved blockers, done todos, sections about a finished "
                + "phase. Every moved line is appended to the archive byte for byte, under a dated heading; the state file "
                + "only loses lines. A second run changes nothing.",
        footer = {"", "Example:", "  atomstate compact --dry-run", "  atomstate compact --keep-phases 2 --archive docs/STATE-ARCHIVE.md"})
final class CompactCommand implements Callable<Integer> {
    static final String DEFAULT_ARCHIVE = "STATE-ARCHIVE.md";

    private final Invocation inv;

    CompactCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--keep-phases", paramLabel = "N", defaultValue = "1",
            description = "How many phases keep their history in the state file: the current one and the N-1 before it (default 1).")
    int keepPhases;

    @Option(names = "--archive", paramLabel = "PATH",
            description = "The archive. Default: STATE-ARCHIVE.md beside the state file (.planning/STATE-ARCHIVE.md).")
    Path archive;

    @Override
    public Integer call() {
        Path state = inv.stateFile();
        Path archivePath = archivePath(inv.cwd(), state, archive);
        if (archivePath.toAbsolutePath().normalize().equals(state.toAbsolutePath().normalize())) {
            throw AtomstateException.usage("--archive names the state file itself; give another file");
        }
        String stateName = inv.display(state);
        String archiveName = inv.display(archivePath);
        CheckContext budget = inv.checkContext();
        Compact.Options options = new Compact.Options(keepPhases, stateName, archiveName, budget.maxLines(), budget.maxBytes());
        ZonedDateTime now = inv.now();

        Compact.Result[] result = new Compact.Result[1];
        String[] stateTexts = new String[2];
        boolean archiveWritten = false;
        boolean stateWritten = false;
        // computed first from an unlocked read: --dry-run shows it, and a run that moves nothing takes no lock (and leaves
        // no lock file); a run that moves something computes again from what it reads under both locks
        StateFile.Loaded unlockedArchive = Files.exists(archivePath) ? StateFile.read(archivePath, archiveName, inv.limits()) : null;
        compute(StateFile.read(state, stateName, inv.limits()), unlockedArchive, options, now, result, stateTexts);
        if (!inv.dryRun() && (result[0].archiveChanges() || !result[0].state().isNoop())) {
            // one locked update of both files: the archive is written first, then the state; a crash between leaves the
            // archive ahead, and a rerun (which reads both) sees what is already archived and does not add it twice
            List<StateFile.Result> written = StateUpdate.updateAll(List.of(new StateFile.Target(archivePath, archiveName, true),
                    new StateFile.Target(state, stateName, false)), inv.limits(), inv.pause(), current -> {
                        StateFile.Loaded a = current.get(0);
                        StateFile.Loaded s = current.get(1);
                        compute(s, a.missing() ? null : a, options, now, result, stateTexts);
                        Compact.Result r = result[0];
                        byte[] archiveBytes = r.archiveChanges() ? (a.missing() ? s.source() : a.source()).encode(r.archiveAfter()) : null;
                        byte[] stateBytes = r.state().isNoop() ? null : s.source().encode(stateTexts[1]);
                        return Arrays.asList(archiveBytes, stateBytes);
                    });
            archiveWritten = written.get(0).written();
            stateWritten = written.get(1).written();
        }
        Compact.Result r = result[0];
        WriteReport.Outcome outcome = new WriteReport.Outcome(stateName, stateTexts[0], stateTexts[1], r.state(), stateWritten, inv.dryRun());
        String archiveDiff = inv.dryRun() && r.archiveChanges() ? archiveDiff(archiveName, r) : null;
        if (inv.json()) {
            Map<String, Object> doc = WriteReport.json("compact", outcome);
            doc.put("archiveWritten", archiveWritten);
            if (inv.dryRun()) {
                doc.put("archiveDiff", archiveDiff);
            }
            Json.print(inv.out(), doc);
            return ExitCodes.OK;
        }
        if (archiveDiff != null) {
            inv.out().print(dev.atomstate.render.Safe.lines(archiveDiff));
        }
        WriteReport.text(inv.out(), outcome);
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

    static Path archivePath(Path cwd, Path state, Path option) {
        if (option != null) {
            return cwd.resolve(option);
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
