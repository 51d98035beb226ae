package dev.atomstate.cli;

import dev.atomstate.app.StateFields;
import dev.atomstate.parse.ParsedState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print the value of one field of the state file: a \"Key: value\" line of the body (bold or plain) "
                + "or a frontmatter key. Names match case-insensitively, with or without spaces, dashes or underscores; "
                + "a plain name looks in the body first, frontmatter.KEY (or fm.KEY) only in the frontmatter.",
        footer = {"", "Example:", "  atomstate get status", "  atomstate get \"last activity\"",
                "  atomstate get frontmatter.progress.percent --json"})
final class GetCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FIELD", description = "The field: Status, \"Current focus\", last-activity, frontmatter.status, …")
    String field;

    @Override
    public Integer call() {
        ParsedState state = CommandSupport.read(root, CommandSupport.stateFile(root));
        StateFields.Target t = StateFields.find(state, field);
        if (root.json) {
            Map<String, Object> doc = Json.document("get");
            doc.put("file", state.fileName());
            doc.put("field", t.name());
            doc.put("source", t.source());
            doc.put("value", t.text());
            doc.put("raw", t.raw());
            doc.put("line", t.line());
            Json.print(root.ctx.out(), doc);
        } else {
            root.ctx.out().println(t.text());
        }
        return ExitCodes.OK;
    }
}
