package dev.atomstate.cli;

import dev.atomstate.app.RecordSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "session", mixinStandardHelpOptions = true,
        header = "Record session continuity",
        description = "Record session continuity: Last session becomes now (in the date form the file uses); Stopped at "
                + "and Resume file when given. Frontmatter stopped_at / last_updated follow where present.",
        footer = {"", "Example:", "  atomstate session --stopped-at \"Drafted 03-02-PLAN.md, tasks 1-2 done\" --resume-file .planning/phases/03/03-02-PLAN.md"})
final class SessionCommand implements Callable<Integer> {
    private final Invocation inv;

    SessionCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--stopped-at", paramLabel = "TEXT", description = "Where the session stopped, written literally.")
    String stoppedAt;

    @Option(names = "--resume-file", paramLabel = "PATH", description = "The file to resume from (or None).")
    String resumeFile;

    @Override
    public Integer call() {
        var options = new RecordSession.Options(stoppedAt, resumeFile);
        var now = inv.now();
        return Writes.state(inv, "session", state -> RecordSession.run(state, options, now));
    }
}
