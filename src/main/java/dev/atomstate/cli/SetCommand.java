package dev.atomstate.cli;

import dev.atomstate.app.StateFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "set", mixinStandardHelpOptions = true,
        header = "Replace the value of one field",
        description = "Replace the value of one field and nothing else: the key, its bold or plain style, the line ending "
                + "and the rest of the file stay as they are. Frontmatter values are written as valid YAML (quoted when "
                + "needed, in the quotes the key already uses). Setting the value a field already has changes nothing.",
        footer = {"", "Example:", "  atomstate set status \"Ready to plan\"",
                "  atomstate set \"current focus\" \"Phase 3 - Export\" --dry-run",
                "  atomstate set frontmatter.status executing --json"})
final class SetCommand implements Callable<Integer> {
    private final Invocation inv;

    SetCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "FIELD", description = "The field (as for 'get').")
    String field;

    @Parameters(index = "1", paramLabel = "VALUE", description = "The new value, written literally (line breaks become spaces).")
    String value;

    @Override
    public Integer call() {
        return Writes.state(inv, "set", state -> StateFields.set(state, field, value));
    }
}
