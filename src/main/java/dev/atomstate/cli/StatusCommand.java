package dev.atomstate.cli;

import dev.atomstate.app.StatusReport;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.Severity;
import dev.atomstate.io.LineCache;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.NeighbourTexts;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.NeighbourReader;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.render.StatusJson;
import dev.atomstate.render.StatusLine;
import dev.atomstate.render.StatusText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Where the project is",
        description = "Where the project is: phase and plan, status, progress per milestone, last activity, velocity, "
                + "latest decisions, open blockers and todos, where the last session stopped.",
        footer = {"", "Example:", "  atomstate status", "  atomstate status --full -f planning-samples/long-running/.planning/STATE.md",
                "  atomstate status --json | jq .position.plan.id", "  atomstate status --line"})
final class StatusCommand implements Callable<Integer> {
    private final Invocation inv;

    StatusCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--full", description = "Show everything: the whole status, all decisions, blockers and todos.")
    boolean full;

    @Option(names = "--line", description = "One short line for a status bar: phase, plan, progress, open blockers, problems.")
    boolean line;

    @Override
    public Integer call() {
        if (line && (inv.json() || full)) {
            throw AtomstateException.usage("status --line prints one line of text; drop " + (inv.json() ? "--json" : "--full") + " or --line");
        }
        Path path = inv.stateFile();
        if (line) {
            return line(path);
        }
        ParsedState state = inv.readState(path);
        Neighbours neighbours = inv.neighbours(path);
        // status reports how many problems there are, not what they say
        List<Diagnostic> diagnostics = Checker.check(state, inv.checkContext().with(neighbours), false);
        long errors = 0;
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            }
        }
        StatusReport report = StatusReport.of(state, neighbours, new StatusReport.Problems(diagnostics.size(), errors), worklog());
        if (inv.json()) {
            StatusJson.print(inv.out(), report);
        } else {
            new StatusText(inv.out(), full, inv.style(), StatusText.width(inv.env().get("COLUMNS")), inv.todayRange()).print(report);
        }
        return ExitCodes.OK;
    }

    /**
     * The cheapest path: no worklog, no JSON, and the problem count the one plain status reports. The answer is kept
     * in the user's cache under a key of everything it is computed from (io.LineCache); a prompt's next run with
     * nothing changed prints it without parsing or checking the file.
     */
    private int line(Path path) {
        byte[] bytes = inv.readStateBytes(path);
        NeighbourTexts near = inv.neighbourTexts(path);
        Path cache = inv.lineCacheDir();
        String key = null;
        if (cache != null) {
            key = lineKey(path, bytes, near);
        }
        if (key != null) {
            String kept = LineCache.get(cache, path, Invocation.build(), key);
            if (kept != null) {
                inv.out().println(kept);
                return ExitCodes.OK;
            }
        }
        ParsedState state = inv.parseState(path, bytes);
        List<Diagnostic> diagnostics = Checker.check(state, inv.checkContext().with(NeighbourReader.read(near)), false);
        String answer = StatusLine.of(state, diagnostics.size());
        inv.out().println(answer);
        // an answer that needed the exact local day (a date in the file just past the UTC day) is not kept: the key
        // holds the UTC day only
        if (key != null && !inv.exactDayRead()) {
            LineCache.put(cache, path, Invocation.build(), key, answer);
        }
        return ExitCodes.OK;
    }

    /**
     * The key of everything the line is computed from: the build (its code and JDK), the state file's path and bytes,
     * the settings' files (the settings are a function of them), the roadmap's text and the names in the phase
     * folders, and the UTC day (for the rules that look at dates; see {@link #line}). Each part is added by hand, not
     * as a record's text: a record's toString is linked through method handles, some 40 ms on a cold JVM. Null (keep
     * nothing) when a settings file cannot be read again or is larger than any settings file should be.
     */
    private String lineKey(Path path, byte[] bytes, NeighbourTexts near) {
        LineCache.Key key = new LineCache.Key().add(Invocation.build()).add(path.toAbsolutePath().normalize().toString()).add(bytes);
        List<Path> sources = inv.config().sources();
        key.add(sources.size());
        for (Path source : sources) {
            try {
                if (Files.size(source) > 1 << 20) {
                    return null;
                }
                key.add(source.toAbsolutePath().normalize().toString()).add(Files.readAllBytes(source));
            } catch (java.io.IOException e) {
                return null;
            }
        }
        key.add(near.roadmapFile()).add(near.roadmapText()).add(near.phasesDir());
        if (near.phaseFolders() == null) {
            key.add((String) null);
        } else {
            key.add(near.phaseFolders().size());
            for (java.util.Map.Entry<String, List<String>> folder : near.phaseFolders().entrySet()) {
                key.add(folder.getKey()).add(folder.getValue().size());
                for (String file : folder.getValue()) {
                    key.add(file);
                }
            }
        }
        return key.add(Math.floorDiv(System.currentTimeMillis(), 86_400_000L)).value();
    }

    /** The worklog found and read, or null when there is none (or it cannot be read: status still answers). */
    private ParsedWorklog worklog() {
        Path p = inv.worklog();
        if (p == null || !Files.isRegularFile(p)) {
            return null;
        }
        try {
            return inv.readWorklog(p);
        } catch (AtomstateException e) {
            return null;
        }
    }
}
