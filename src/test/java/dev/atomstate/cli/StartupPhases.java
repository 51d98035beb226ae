package dev.atomstate.cli;

import dev.atomstate.app.StatusReport;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.Severity;
import dev.atomstate.io.StateFile;
import dev.atomstate.io.WritePause;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.render.StatusJson;
import dev.atomstate.render.StatusLine;
import dev.atomstate.render.StatusText;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a cold {@code status} spends its time, phase by phase, in one fresh JVM: binding the arguments (directly,
 * as a real run of these arguments does: see {@link DirectCommands}), reading the file, parsing it, the neighbour files, the check rules, and the report with its
 * rendering — the steps {@link StatusCommand} takes, in its order, each timed once (cold, as a hook runs it).
 * Never run by a test (timings are measured, not asserted); {@code .ci/startup-phases} runs it in fresh JVMs with
 * the launcher's flags and class-data archive and prints the medians.
 *
 * <p>{@code StartupPhases [--line|--json] FILE}: one line per phase, {@code phase<TAB>microseconds}.
 */
final class StartupPhases {
    private StartupPhases() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        boolean line = args[0].equals("--line");
        boolean json = args[0].equals("--json");
        String file = args[args.length - 1];
        List<String> names = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        long[] last = {t0};
        java.util.function.Consumer<String> phase = name -> {
            long now = System.nanoTime();
            names.add(name);
            times.add(now - last[0]);
            last[0] = now;
        };

        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink);
        Invocation inv = new Invocation(out, out, Map.of(), Path.of("").toAbsolutePath(), false, WritePause.NONE);
        String[] cli = line ? new String[] {"status", "--line", "-f", file} : json ? new String[] {"status", "--json", "-f", file}
                : new String[] {"status", "-f", file};
        if (DirectCommands.bind(cli, inv) == null) {
            throw new IllegalStateException("status arguments not bound directly: " + String.join(" ", cli));
        }
        phase.accept("arguments");
        Path path = inv.stateFile();
        String name = inv.display(path);
        String text = StateFile.read(path, name, inv.limits()).source().text();
        phase.accept("read file");
        ParsedState state = StateParser.parse(name, text);
        phase.accept("parse");
        Neighbours neighbours = inv.neighbours(path);
        phase.accept("neighbours");
        List<Diagnostic> diagnostics = Checker.check(state, inv.checkContext().with(neighbours), false); // as StatusCommand counts them
        phase.accept("check rules");
        if (line) {
            out.println(StatusLine.of(state, diagnostics.size()));
        } else {
            long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
            StatusReport report = StatusReport.of(state, neighbours, new StatusReport.Problems(diagnostics.size(), errors), null);
            phase.accept("report");
            if (json) {
                StatusJson.print(out, report);
            } else {
                new StatusText(out, false, inv.style()).print(report);
            }
        }
        out.flush();
        phase.accept("render");
        for (int i = 0; i < names.size(); i++) {
            System.out.printf(Locale.ROOT, "%s\t%d%n", names.get(i), times.get(i) / 1000);
        }
        System.out.printf(Locale.ROOT, "%s\t%d%n", "total in main", (last[0] - t0) / 1000);
    }
}
