package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "blockers", mixinStandardHelpOptions = true,
        header = "List the blockers",
        description = "List the blockers (items under the blockers heading; a placeholder such as \"None yet.\" is not an item). "
                + "--phase keeps items that name the phase (\"Phase 42\", \"42-01\").",
        footer = {"", "Example:", "  atomstate blockers", "  atomstate blockers --phase 42 --json"})
final class BlockersCommand extends ListCommand {
    BlockersCommand(Invocation inv) {
        super(inv);
    }

    @Override
    String kind() {
        return "blockers";
    }

    @Override
    List<StateLists.Entry> entries(ParsedState state) {
        return StateLists.items(state, state.model().blockers());
    }
}
