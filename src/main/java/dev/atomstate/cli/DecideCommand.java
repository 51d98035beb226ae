package dev.atomstate.cli;

import dev.atomstate.app.RecordDecision;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** {@code decide}: log a decision. Its model is built in code (see {@link CodeSpec}): agents run it all day. */
final class DecideCommand implements Callable<Integer> {
    private final Invocation inv;

    DecideCommand(Invocation inv) {
        this.inv = inv;
    }

    String text;

    String phase;

    String rationale;

    CommandSpec spec() {
        CommandSpec spec = CodeSpec.command(this, "decide",
                "Log a decision: one new entry in the decisions list, in the style most of the list uses. "
                        + "The same decision again changes nothing.",
                "", "Example:", "  atomstate decide \"Use SQLite for the local cache\" --rationale \"no server to run\"",
                "  atomstate decide \"Ship the CLI first\" --phase 3");
        spec.addPositional(CodeSpec.positional("text", "TEXT", String.class, "The decision, written literally (line breaks become spaces).",
                () -> text, v -> text = v).index("0").arity("1").required(true).build());
        spec.addOption(CodeSpec.option(new String[] {"--phase"}, "P", String.class,
                "The phase (or plan) it belongs to; default: the current plan or phase.", () -> phase, v -> phase = v).build());
        spec.addOption(CodeSpec.option(new String[] {"--rationale"}, "R", String.class,
                "Why; appended as \" — R\" (or its own column in a decisions table).", () -> rationale, v -> rationale = v).build());
        return spec;
    }

    @Override
    public Integer call() {
        var options = new RecordDecision.Options(text, phase, rationale, inv.config().decisionStyle());
        var now = inv.now();
        return Writes.state(inv, "decide", state -> RecordDecision.run(state, options, now));
    }
}
