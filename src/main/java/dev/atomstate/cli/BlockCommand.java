package dev.atomstate.cli;

import dev.atomstate.app.AddItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "block", mixinStandardHelpOptions = true,
        header = "Record a blocker",
        description = "Record a blocker: one new item in the Blockers/Concerns list, written like its last item; a "
                + "placeholder line such as \"None yet.\" is replaced. The same open blocker again changes nothing.",
        footer = {"", "Example:", "  atomstate block \"Waiting for the staging database credentials\"",
                "  atomstate block \"Phase 3 needs the new API key\" --json"})
final class BlockCommand implements Callable<Integer> {
    private final Invocation inv;

    BlockCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "TEXT", description = "The blocker, written literally (line breaks become spaces).")
    String text;

    @Override
    public Integer call() {
        return Writes.state(inv, "block", state -> AddItem.block(state, text));
    }
}
