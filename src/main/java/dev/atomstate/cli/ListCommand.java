package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import dev.atomstate.render.ListReport;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** What the list commands share: the filters, reading the file, and the text and JSON output. */
abstract class ListCommand implements Callable<Integer> {
    private final Invocation inv;

    @Mixin
    ListFilters filters;

    ListCommand(Invocation inv) {
        this.inv = inv;
    }

    /** The JSON kind and the key of the list ("decisions", "blockers", "todos", "history"). */
    abstract String kind();

    abstract List<StateLists.Entry> entries(ParsedState state);

    @Override
    public Integer call() {
        StateLists.Filter filter = StateLists.Filter.of(filters.phase, filters.since, filters.last);
        ParsedState state = inv.readState(inv.stateFile());
        StateLists.Result result = StateLists.filter(entries(state), filter);
        if (inv.json()) {
            ListReport.json(inv.out(), kind(), state.fileName(), filter, result);
        } else {
            ListReport.text(inv.out(), kind(), state.fileName(), result);
        }
        return ExitCodes.OK;
    }
}
