package dev.atomstate.cli;

import dev.atomstate.app.Change;
import dev.atomstate.io.StateFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Writing a text file that may not exist yet (agent settings, AGENTS.md): an existing file goes through the state
 * files' flow (lock, validate, atomic replace); a missing one is computed from empty text and created whole,
 * never replacing a file made meanwhile; a change that adds nothing creates nothing.
 */
final class NewFiles {
    private NewFiles() {
    }

    static int write(RootCommand root, String kind, Path path, Function<String, Change> compute) {
        CommandSupport.Outcome outcome;
        if (Files.exists(path)) {
            outcome = CommandSupport.update(root, path, (name, text) -> text, compute);
        } else {
            Change change = compute.apply("");
            String after = change.apply("");
            boolean create = !change.isNoop() && !root.dryRun;
            if (create) {
                StateFile.create(path, after.getBytes(StandardCharsets.UTF_8));
            }
            outcome = new CommandSupport.Outcome("", after, change, create);
        }
        if (root.json) {
            Json.print(root.ctx.out(), CommandSupport.resultJson(root, kind, path, outcome));
        } else {
            CommandSupport.printResult(root, path, outcome);
        }
        return ExitCodes.OK;
    }
}
