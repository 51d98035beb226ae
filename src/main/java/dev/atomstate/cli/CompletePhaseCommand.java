package dev.atomstate.cli;

import dev.atomstate.app.CompletePhase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "complete-phase", mixinStandardHelpOptions = true,
        header = "Record that the current phase is finished",
        description = "Record that the current phase is finished: status, last activity, plan counter, frontmatter "
                + "completed_phases. A phase that is not current is refused; completing it again changes nothing.",
        footer = {"", "Example:", "  atomstate complete-phase", "  atomstate complete-phase 3 --dry-run"})
final class CompletePhaseCommand implements Callable<Integer> {
    private final Invocation inv;

    CompletePhaseCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The phase; default: the current one.")
    String number;

    @Option(names = "--force", description = "Complete it although plans are not all done.")
    boolean force;

    @Override
    public Integer call() {
        var options = new CompletePhase.Options(number, force);
        var now = inv.now();
        return Writes.state(inv, "complete-phase", state -> CompletePhase.run(state, options, now));
    }
}
