package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.render.Messages;
import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.io.IoLimits;
import dev.atomstate.io.SourceText;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.StateUpdate;
import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "merge-driver", mixinStandardHelpOptions = true,
        header = "git's merge driver for STATE.md and worklogs",
        description = "git's merge driver for STATE.md and worklogs (see 'atomstate git setup'): merges the common "
                + "ancestor %%O, ours %%A and theirs %%B by what the file says and writes the result into %%A. Exit 0 when "
                + "merged, 1 when conflict markers were left where it could not decide. Every decision is explained on "
                + "stderr, one line per part.",
        footer = {"", "Example (what git runs; .git/config):", "  [merge \"atomstate\"]",
                "      driver = atomstate merge-driver %%O %%A %%B -L %%L -P %%P"})
final class MergeDriverCommand implements Callable<Integer> {
    private final Invocation inv;

    MergeDriverCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "BASE", description = "The common ancestor's version (git's %%O).")
    Path base;

    @Parameters(index = "1", paramLabel = "OURS", description = "Our version (git's %%A); the merge result is written here.")
    Path ours;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version (git's %%B).")
    Path theirs;

    @Option(names = "-L", paramLabel = "SIZE", description = "Conflict marker size (git's %%L); default 7.")
    int markerSize = Markers.DEFAULT_SIZE;

    @Option(names = "-P", paramLabel = "PATH", description = "The path being merged (git's %%P): decides state file or worklog, and names it in messages.")
    String path;

    @Override
    public Integer call() {
        if (markerSize < 1 || markerSize > 1000) {
            throw AtomstateException.usage("-L " + markerSize + " is not a marker size; git passes %L (7 unless conflict-marker-size says otherwise)");
        }
        IoLimits limits = inv.limits();
        Path cwd = inv.cwd();
        for (Path p : new Path[] {base, ours, theirs}) {
            if (!java.nio.file.Files.exists(cwd.resolve(p))) {
                throw AtomstateException.input(inv.display(cwd.resolve(p)) + ": no such file; git passes the three "
                        + "versions as %O %A %B (see 'atomstate merge-driver --help')");
            }
        }
        String shown = path != null ? path : inv.display(cwd.resolve(ours));
        String baseText = StateFile.read(cwd.resolve(base), inv.display(cwd.resolve(base)), limits).source().text();
        StateFile.Loaded loadedOurs = StateFile.read(cwd.resolve(ours), inv.display(cwd.resolve(ours)), limits);
        String theirsText = StateFile.read(cwd.resolve(theirs), inv.display(cwd.resolve(theirs)), limits).source().text();
        SourceText oursSource = loadedOurs.source();
        ThreeWayMerge.Kind kind = MergeSupport.kind(inv, path != null ? cwd.resolve(path) : null, oursSource.text());
        ThreeWayMerge.Result result = ThreeWayMerge.merge(baseText, oursSource.text(), theirsText,
                new ThreeWayMerge.Options(kind, shown, Markers.of(markerSize)));
        boolean written = false;
        if (!inv.dryRun() && !result.text().equals(oursSource.text())) {
            byte[] merged = oursSource.encode(result.text());
            written = StateUpdate.update(cwd.resolve(ours), inv.display(cwd.resolve(ours)), limits, current -> merged).written();
        }
        String verdict = result.clean() ? "merged" : result.conflicts() + (result.conflicts() == 1 ? " conflict" : " conflicts")
                + " left between markers";
        if (inv.json()) {
            Map<String, Object> doc = Json.document("merge-driver");
            doc.put("file", shown);
            doc.put("mergeKind", MergeSupport.kindName(kind));
            doc.put("merged", result.clean());
            doc.put("conflicts", result.conflicts());
            doc.put("written", written);
            doc.put("dryRun", inv.dryRun());
            doc.put("decisions", MergeSupport.json(result.decisions()));
            if (inv.dryRun()) {
                doc.put("diff", UnifiedDiff.diff("a/" + shown, "b/" + shown, oursSource.text(), result.text()));
            }
            Json.print(inv.out(), doc);
        } else if (inv.dryRun()) {
            inv.out().print(dev.atomstate.render.Safe.lines(UnifiedDiff.diff("a/" + shown, "b/" + shown, oursSource.text(), result.text())));
        }
        inv.err().println("atomstate merge-driver: " + Messages.oneLine(shown) + ": " + verdict + " (" + MergeSupport.kindName(kind) + ")");
        MergeSupport.lines(result.decisions()).forEach(inv.err()::println);
        return result.clean() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
