package dev.atomstate.cli;

import dev.atomstate.app.RecordMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "metric", mixinStandardHelpOptions = true,
        header = "Record how long a plan took",
        description = "Record how long a plan took: one row at the end of the per-plan metrics table, written like its last "
                + "row. The same row again changes nothing; a different duration for a recorded plan is refused unless --replace.",
        footer = {"", "Example:", "  atomstate metric 02-03 --duration \"1h 5m\" --tasks 3 --files 4",
                "  atomstate metric 35-03 --duration 9min --replace"})
final class MetricCommand implements Callable<Integer> {
    private final Invocation inv;

    MetricCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "ID", description = "The plan id, <phase>-<plan>: 62-01, 5.1-02.")
    String id;

    @Option(names = "--duration", required = true, paramLabel = "D", description = "14min, 1h 5m, 45s, 2 hours, 1:05, 90 (minutes).")
    String duration;

    @Option(names = "--tasks", paramLabel = "N", description = "Number of tasks.")
    Integer tasks;

    @Option(names = "--files", paramLabel = "N", description = "Number of files.")
    Integer files;

    @Option(names = "--replace", description = "Rewrite the duration (and tasks/files) of a plan that already has a row.")
    boolean replace;

    @Override
    public Integer call() {
        var options = new RecordMetric.Options(id, duration, tasks, files, replace);
        var now = inv.now();
        return Writes.state(inv, "metric", state -> RecordMetric.run(state, options, now));
    }
}
