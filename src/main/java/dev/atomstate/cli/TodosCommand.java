package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "todos", mixinStandardHelpOptions = true,
        header = "List the todos",
        description = "List the todos (items under the todos heading; a placeholder such as \"None yet.\" is not an item). "
                + "--phase keeps items that name the phase (\"Phase 42\", \"42-01\").",
        footer = {"", "Example:", "  atomstate todos", "  atomstate todos --phase 42 --json"})
final class TodosCommand extends ListCommand {
    TodosCommand(Invocation inv) {
        super(inv);
    }

    @Override
    String kind() {
        return "todos";
    }

    @Override
    List<StateLists.Entry> entries(ParsedState state) {
        return StateLists.items(state, state.model().todos());
    }
}
