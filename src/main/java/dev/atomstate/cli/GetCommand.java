package dev.atomstate.cli;

import dev.atomstate.app.StateFields;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.render.FieldReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "get", mixinStandardHelpOptions = true,
        header = "Print the value of one field",
        description = "Print the value of one field of the state file: a \"Key: value\" line of the body (bold or plain) "
                + "or a frontmatter key. Names match case-insensitively, with or without spaces, dashes or underscores; "
                + "a plain name looks in the body first, frontmatter.KEY (or fm.KEY) only in the frontmatter.",
        footer = {"", "Example:", "  atomstate get status", "  atomstate get \"last activity\"",
                "  atomstate get frontmatter.progress.percent --json"})
final class GetCommand implements Callable<Integer> {
    private final Invocation inv;

    GetCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", paramLabel = "FIELD", description = "The field: Status, \"Current focus\", last-activity, frontmatter.status, …")
    String field;

    @Override
    public Integer call() {
        ParsedState state = inv.readState(inv.stateFile());
        FieldReport.print(inv.out(), inv.json(), state.fileName(), StateFields.find(state, field));
        return ExitCodes.OK;
    }
}
