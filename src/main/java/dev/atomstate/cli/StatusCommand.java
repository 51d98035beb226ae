package dev.atomstate.cli;

import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.parse.ParsedState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Where the project is: phase and plan, status, progress per milestone, last activity, velocity, "
                + "latest decisions, open blockers and todos, where the last session stopped.",
        footer = {"", "Example:", "  atomstate status", "  atomstate status --full -f planning-samples/long-running/.planning/STATE.md",
                "  atomstate status --json | jq .position.plan.id"})
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--full", description = "Show everything: the whole status, all decisions, blockers and todos.")
    boolean full;

    @Override
    public Integer call() {
        Path path = CommandSupport.stateFile(root);
        ParsedState state = CommandSupport.read(root, path);
        dev.atomstate.model.Neighbours neighbours = CrossFileJson.neighbours(root, path);
        List<Diagnostic> diagnostics = Checker.check(state, CommandSupport.checkContext(root).with(neighbours));
        if (root.json) {
            Map<String, Object> doc = Json.document("status");
            doc.put("file", state.fileName());
            ModelJson.put(doc, state);
            CrossFileJson.put(doc, dev.atomstate.query.Totals.of(state, neighbours), neighbours);
            doc.put("problems", diagnostics.size());
            WorklogSupport.putLatest(root, doc);
            Json.print(root.ctx.out(), doc);
            return ExitCodes.OK;
        }
        new StatusText(root.ctx.out(), full, Style.of(root)).print(state.fileName(), state.model(), diagnostics);
        WorklogSupport.printLatest(root);
        return ExitCodes.OK;
    }
}
