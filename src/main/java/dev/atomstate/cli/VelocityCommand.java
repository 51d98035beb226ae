package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.app.VelocityReport;
import dev.atomstate.io.StateFile;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.render.VelocityJson;
import dev.atomstate.render.VelocityText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "velocity", mixinStandardHelpOptions = true,
        header = "How fast work goes, and an estimate of what is left",
        description = "How fast work goes: per-plan durations in minutes (the archive's rows too), the ones that cannot be "
                + "one plan's minutes left out with the reason, median and spread per phase, the pace and trend of the last "
                + "plans with a sparkline, and an estimate for the rest of the phase and milestone as a range.",
        footer = {"", "Example:", "  atomstate velocity", "  atomstate velocity --last 5 --json"})
final class VelocityCommand implements Callable<Integer> {
    private final Invocation inv;

    VelocityCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--last", paramLabel = "N", defaultValue = "10", description = "How many recent plans make the pace (default 10).")
    int last;

    @Option(names = "--archive", paramLabel = "PATH",
            description = "The archive compact writes, read for its metrics rows. Default: STATE-ARCHIVE.md beside the state file, if there.")
    Path archive;

    @Override
    public Integer call() {
        if (last < 1) {
            throw dev.atomstate.model.AtomstateException.usage("--last " + last + " is too few; give 1 or more (default 10)");
        }
        Path file = inv.stateFile();
        ParsedState state = inv.readState(file);
        Path archivePath = CompactCommand.archivePath(inv.cwd(), file, archive);
        ParsedState archived = readArchive(inv, archivePath, archive != null);
        VelocityReport.Result r = VelocityReport.of(state, archived, inv.neighbours(file), last);
        String shown = inv.display(file);
        if (inv.json()) {
            Map<String, Object> doc = Json.document("velocity");
            doc.putAll(VelocityJson.map(shown, archived == null ? null : archived.fileName(), r));
            Json.print(inv.out(), doc);
        } else {
            inv.out().print(VelocityText.render(shown, r));
        }
        return ExitCodes.OK;
    }

    /** The archive as a state document, or null when it is not there (an explicit --archive must exist). */
    static ParsedState readArchive(Invocation inv, Path archivePath, boolean required) {
        if (!required && !Files.isRegularFile(archivePath)) {
            return null;
        }
        String name = inv.display(archivePath);
        StateFile.Loaded loaded = StateFile.read(archivePath, name, inv.limits());
        return StateParser.parse(name, loaded.source().text());
    }
}
