package dev.atomstate.cli;

import dev.atomstate.app.ResolveItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "unblock", mixinStandardHelpOptions = true,
        header = "Resolve a blocker",
        description = "Resolve a blocker, found by its number (1-based) or by whole words (\"phase 3\" does not match "
                + "\"Phase 31\"). It is removed, or struck through / checked where the list already does that; an "
                + "ambiguous match is refused with the candidates. An emptied list gets its placeholder back.",
        footer = {"", "Example:", "  atomstate unblock \"staging database\"", "  atomstate unblock 2"})
final class UnblockCommand implements Callable<Integer> {
    private final Invocation inv;

    UnblockCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "MATCH", description = "The blocker's number, or words from it.")
    String match;

    @Override
    public Integer call() {
        return Writes.state(inv, "unblock", state -> ResolveItem.unblock(state, match));
    }
}
