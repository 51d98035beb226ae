package dev.atomstate.cli;

import dev.atomstate.app.MilestoneComplete;
import dev.atomstate.app.MilestoneStart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "milestone", mixinStandardHelpOptions = true,
        header = "Start a new milestone or complete the current one",
        description = "Start a new milestone or complete the current one.",
        subcommands = {MilestoneCommand.Start.class, MilestoneCommand.Complete.class},
        footer = {"", "Example:", "  atomstate milestone complete", "  atomstate milestone start v1.3 --name \"Slideshows\""})
final class MilestoneCommand implements Callable<Integer> {
    final Invocation inv;

    MilestoneCommand(Invocation inv) {
        this.inv = inv;
    }

    @Override
    public Integer call() {
        inv.err().println("atomstate: 'milestone' needs 'start VERSION' or 'complete' (see 'atomstate milestone --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            header = "Start a new milestone",
            description = "Name the new milestone (frontmatter milestone/milestone_name, the Milestone field) and reset the "
                    + "position the way GSD starts a milestone: Phase \"Not started (defining requirements)\", Plan \"—\", "
                    + "Status \"Defining requirements\", progress counters 0 (a new segment where progress keeps one per "
                    + "milestone). Decisions, todos, blockers and history are kept. The milestone in flight again changes nothing.",
            footer = {"", "Example:", "  atomstate milestone start v1.3 --name \"Slideshows\""})
    static final class Start implements Callable<Integer> {
        @ParentCommand
        MilestoneCommand milestone;

        @Parameters(index = "0", paramLabel = "VERSION", description = "The milestone's version: v1.3, 2.0.")
        String version;

        @Option(names = "--name", paramLabel = "S", description = "The milestone's name (needed where the frontmatter has milestone_name).")
        String name;

        @Option(names = "--force", description = "Start a milestone recorded complete, or one older than the current one.")
        boolean force;

        @Override
        public Integer call() {
            var options = new MilestoneStart.Options(version, name, force);
            var now = milestone.inv.now();
            return Writes.state(milestone.inv, "milestone-start", state -> MilestoneStart.run(state, options, now));
        }
    }

    @Command(name = "complete", mixinStandardHelpOptions = true,
            header = "Complete the current milestone",
            description = "Record the current milestone as complete: Status and Last activity \"Milestone v1.2 complete\", "
                    + "the plan counter at its total, session continuity, frontmatter status \"completed\". Refused while "
                    + "plans are left (the current phase's counter, the milestone's progress counts) unless --force; "
                    + "completing it again changes nothing.",
            footer = {"", "Example:", "  atomstate milestone complete", "  atomstate milestone complete --force"})
    static final class Complete implements Callable<Integer> {
        @ParentCommand
        MilestoneCommand milestone;

        @Option(names = "--force", description = "Complete the milestone although plans are left.")
        boolean force;

        @Override
        public Integer call() {
            var options = new MilestoneComplete.Options(force);
            var now = milestone.inv.now();
            return Writes.state(milestone.inv, "milestone-complete", state -> MilestoneComplete.run(state, options, now));
        }
    }
}
