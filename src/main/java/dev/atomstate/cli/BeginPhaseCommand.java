package dev.atomstate.cli;

import dev.atomstate.app.BeginPhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "begin-phase", mixinStandardHelpOptions = true,
        header = "Move the position to a new phase",
        description = "Move the position to phase N: Phase, Plan (first of C), Status, Last activity and Current focus, "
                + "each in the file's own form. Beginning the phase already in flight keeps its plan counter.",
        footer = {"", "Example:", "  atomstate begin-phase 3 --name \"Shopping List\" --plans 4"})
final class BeginPhaseCommand implements Callable<Integer> {
    private final Invocation inv;

    BeginPhaseCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "N", description = "The phase number: 3, 5.1.")
    String number;

    @Option(names = "--name", paramLabel = "S", description = "The phase's name.")
    String name;

    @Option(names = "--plans", paramLabel = "C", description = "How many plans the phase has (needed where the file counts plans: 'Plan: 1 of 3').")
    Integer plans;

    @Option(names = "--force", description = "Go back to an earlier phase, or past the phase total.")
    boolean force;

    @Override
    public Integer call() {
        var options = new BeginPhase.Options(number, name, plans, force);
        var now = inv.now();
        return Writes.state(inv, "begin-phase", state -> BeginPhase.run(state, options, now));
    }
}
