package dev.atomstate.cli;

import dev.atomstate.render.WriteReport;
import dev.atomstate.render.Json;
import dev.atomstate.edit.Change;
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

    static int write(Invocation inv, String kind, Path path, Function<String, Change> compute) {
        WriteReport.Outcome outcome;
        if (Files.exists(path)) {
            outcome = Writes.update(inv, path, false, (name, text) -> text, compute);
        } else {
            Change change = compute.apply("");
            String after = change.apply("");
            boolean create = !change.isNoop() && !inv.dryRun();
            if (create) {
                StateFile.create(path, after.getBytes(StandardCharsets.UTF_8));
            }
            outcome = new WriteReport.Outcome(inv.display(path), "", after, change, create, inv.dryRun());
        }
        Writes.print(inv, kind, outcome);
        return ExitCodes.OK;
    }
}
