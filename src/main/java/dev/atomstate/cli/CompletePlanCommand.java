package dev.atomstate.cli;

import dev.atomstate.app.CompletePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "complete-plan", mixinStandardHelpOptions = true,
        description = "Record that a plan is finished: advance the position in the file's own form, update the progress "
                + "segment, velocity totals, a metrics row (with --duration) and session continuity. Completing a "
                + "completed plan changes nothing.",
        footer = {"", "Example:", "  atomstate complete-plan 62-01 --duration 14min --tasks 3 --files 5 --title \"Baseline coverage\"",
                "  atomstate complete-plan 62-02 --dry-run"})
final class CompletePlanCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The plan id, <phase>-<plan>: 62-01, 5.1-02 (3-2 matches 03-02).")
    String id;

    @Option(names = "--duration", paramLabel = "D", description = "How long it took: 14min, 1h 5m, 45s, 2 hours, 90 (minutes).")
    String duration;

    @Option(names = "--tasks", paramLabel = "N", description = "Number of tasks, for the metrics row.")
    Integer tasks;

    @Option(names = "--files", paramLabel = "N", description = "Number of files, for the metrics row.")
    Integer files;

    @Option(names = "--title", paramLabel = "TEXT", description = "The plan's title, for status and activity lines.")
    String title;

    @Option(names = "--force", description = "Record a plan outside the current phase or beyond the plan total.")
    boolean force;

    @Override
    public Integer call() {
        var options = new CompletePlan.Options(id, duration, tasks, files, title, force);
        var now = CommandSupport.now(root);
        return CommandSupport.write(root, "complete-plan", state -> CompletePlan.run(state, options, now));
    }
}
