package dev.atomstate.cli;

import dev.atomstate.render.Json;
import dev.atomstate.app.agent.Instructions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "instructions", mixinStandardHelpOptions = true,
        header = "Guidance for agents, printed or written to AGENTS.md",
        description = "Print the guidance agents need (which command for which change, never edit by hand, --json, exit codes), "
                + "or write it between markers into AGENTS.md or another file: a re-run replaces only that block, and changes "
                + "nothing when it is current.",
        footer = {"", "Example:", "  atomstate instructions", "  atomstate instructions --write            # AGENTS.md in the project folder",
                "  atomstate instructions --write CLAUDE.md --dry-run"})
final class InstructionsCommand implements Callable<Integer> {
    static final String DEFAULT_FILE = "AGENTS.md";

    private final Invocation inv;

    InstructionsCommand(Invocation inv) {
        this.inv = inv;
    }

    // not -f/--file: that is every command's state file, and 'atomstate -f docs/STATE.md instructions' must never write into it
    @Option(names = "--write", arity = "0..1", paramLabel = "FILE", fallbackValue = "",
            description = "Write the block into FILE (default: AGENTS.md in the project folder, the one holding .planning/).")
    String write;

    @Override
    public Integer call() {
        if (write == null) {
            String block = Instructions.block("\n");
            if (inv.json()) {
                Map<String, Object> doc = Json.document("instructions");
                doc.put("text", block);
                doc.put("lines", Instructions.lines());
                Json.print(inv.out(), doc);
            } else {
                inv.out().print(block);
            }
            return ExitCodes.OK;
        }
        Path target = write.isEmpty() ? AgentCommand.projectRoot(inv).resolve(DEFAULT_FILE) : inv.cwd().resolve(write);
        return NewFiles.write(inv, "instructions", target, text -> Instructions.write(inv.display(target), text));
    }
}
