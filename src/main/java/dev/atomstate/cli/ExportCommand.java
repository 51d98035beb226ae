package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.render.ExportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "The whole model as JSON or YAML",
        description = "The whole model of the state file (the keys of status --json), the totals with their sources, and the "
                + "roadmap beside it when there is one, as JSON or YAML.",
        footer = {"", "Example:", "  atomstate export --format yaml > state.yaml", "  atomstate export --format json | jq .decisions"})
final class ExportCommand implements Callable<Integer> {
    private final Invocation inv;

    ExportCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or yaml.")
    String format = "json";

    @Override
    public Integer call() {
        String f = inv.json() ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("json") && !f.equals("yaml")) {
            throw AtomstateException.usage("--format '" + format + "' is not supported; use json or yaml");
        }
        Path path = inv.stateFile();
        ParsedState state = inv.readState(path);
        Neighbours n = inv.neighbours(path);
        ExportReport.print(inv.out(), f, state, n);
        return ExitCodes.OK;
    }
}
