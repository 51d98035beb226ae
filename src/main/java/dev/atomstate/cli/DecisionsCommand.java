package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "decisions", mixinStandardHelpOptions = true,
        header = "List the decisions",
        description = "List the decisions (list items or table rows), each with its phase, date when the line has one, and line.",
        footer = {"", "Example:", "  atomstate decisions --phase 3", "  atomstate decisions --last 5 --json"})
final class DecisionsCommand extends ListCommand {
    DecisionsCommand(Invocation inv) {
        super(inv);
    }

    @Override
    String kind() {
        return "decisions";
    }

    @Override
    List<StateLists.Entry> entries(ParsedState state) {
        return StateLists.decisions(state);
    }
}
