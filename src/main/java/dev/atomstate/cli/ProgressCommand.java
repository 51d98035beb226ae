package dev.atomstate.cli;

import dev.atomstate.app.ProgressReport;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Totals;
import dev.atomstate.render.ProgressText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "progress", mixinStandardHelpOptions = true,
        header = "Progress per milestone, with where each number came from",
        description = "Progress per milestone or segment of the progress line: done, total, the percent the file states and "
                + "the computed one, the bar, and where each number came from (state, frontmatter, roadmap, phases). "
                + "--recompute rewrites percent and bar from done/total in the line's own decimals, glyphs and width.",
        footer = {"", "Example:", "  atomstate progress", "  atomstate progress --recompute --dry-run",
                "  atomstate progress --json | jq '.progress[] | {label, percent, computedPercent}'"})
final class ProgressCommand implements Callable<Integer> {
    private final Invocation inv;

    ProgressCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--recompute", description = "Rewrite percent and bar from done/total (a bar without counts from its percent).")
    boolean recompute;

    @Override
    public Integer call() {
        if (recompute) {
            return Writes.state(inv, "progress-recompute", ProgressReport::recompute);
        }
        Path path = inv.stateFile();
        ParsedState state = inv.readState(path);
        Neighbours n = inv.neighbours(path);
        Totals.Result totals = Totals.of(state, n);
        List<ProgressReport.Segment> segments = ProgressReport.report(state, totals);
        if (inv.json()) {
            ProgressText.json(inv.out(), state.fileName(), segments, totals, n);
        } else {
            ProgressText.text(inv.out(), state.fileName(), segments, totals);
        }
        return ExitCodes.OK;
    }
}
