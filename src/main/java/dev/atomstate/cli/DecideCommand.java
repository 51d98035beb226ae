package dev.atomstate.cli;

import dev.atomstate.app.RecordDecision;
import dev.atomstate.edit.Change;
import dev.atomstate.parse.ParsedState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "decide", mixinStandardHelpOptions = true,
        header = "Log a decision",
        description = "Log a decision: one new entry in the decisions list, in the style most of the list uses. "
                + "The same decision again changes nothing.",
        footer = {"", "Example:", "  atomstate decide \"Use SQLite for the local cache\" --rationale \"no server to run\"",
                "  atomstate decide \"Ship the CLI first\" --phase 3"})
final class DecideCommand implements Callable<Integer> {
    private final Invocation inv;

    DecideCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "TEXT", description = "The decision, written literally (line breaks become spaces).")
    String text;

    @Option(names = "--phase", paramLabel = "P", description = "The phase (or plan) it belongs to; default: the current plan or phase.")
    String phase;

    @Option(names = "--rationale", paramLabel = "R", description = "Why; appended as \" — R\" (or its own column in a decisions table).")
    String rationale;

    @Override
    public Integer call() {
        var options = new RecordDecision.Options(text, phase, rationale, inv.config().decisionStyle());
        var today = inv.lazyToday();
        // a class rather than a lambda: decide runs cold in hooks, and a cold run links each lambda it reaches
        return Writes.state(inv, "decide", new java.util.function.Function<ParsedState, Change>() {
            @Override
            public Change apply(ParsedState state) {
                return RecordDecision.run(state, options, today);
            }
        });
    }
}
