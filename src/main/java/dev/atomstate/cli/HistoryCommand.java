package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "history", mixinStandardHelpOptions = true,
        header = "List the completed plans the file records",
        description = "List the completed plans the file records: the \"Previous:\" chains under Status and Last activity and "
                + "the per-plan metrics rows, one entry per plan (with every place that names it), oldest first by plan id.",
        footer = {"", "Example:", "  atomstate history --last 5", "  atomstate history --phase 41 --json"})
final class HistoryCommand extends ListCommand {
    HistoryCommand(Invocation inv) {
        super(inv);
    }

    @Override
    String kind() {
        return "history";
    }

    @Override
    List<StateLists.Entry> entries(ParsedState state) {
        return StateLists.history(state);
    }
}
