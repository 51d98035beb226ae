package dev.atomstate.cli;

import dev.atomstate.app.AddItem;
import dev.atomstate.app.ResolveItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

@Command(name = "todo", mixinStandardHelpOptions = true,
        header = "Add or resolve a pending todo",
        description = "Add or resolve a pending todo.",
        subcommands = {TodoCommand.Add.class, TodoCommand.Done.class},
        footer = {"", "Example:", "  atomstate todo add \"Ask the club about metric units\"", "  atomstate todo done \"metric units\""})
final class TodoCommand implements Callable<Integer> {
    final Invocation inv;

    TodoCommand(Invocation inv) {
        this.inv = inv;
    }

    @Override
    public Integer call() {
        inv.err().println("atomstate: 'todo' needs 'add TEXT' or 'done MATCH' (see 'atomstate todo --help')");
        return ExitCodes.USAGE;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            header = "Add a todo",
            description = "One new item in the todos list, written like its last item; a placeholder line such as "
                    + "\"None yet.\" is replaced. The same open todo again changes nothing.",
            footer = {"", "Example:", "  atomstate todo add \"Check share pages on older iPads\""})
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TodoCommand todo;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The todo, written literally (line breaks become spaces).")
        String text;

        @Override
        public Integer call() {
            return Writes.state(todo.inv, "todo-add", state -> AddItem.todo(state, text));
        }
    }

    @Command(name = "done", mixinStandardHelpOptions = true,
            header = "Resolve a todo",
            description = "Resolve a todo, found by its number (1-based) or by whole words: checked (\"- [x]\") in a "
                    + "checkbox list, struck through where the list strikes items, else removed. Ambiguous matches are refused.",
            footer = {"", "Example:", "  atomstate todo done \"older iPads\"", "  atomstate todo done 1"})
    static final class Done implements Callable<Integer> {
        @ParentCommand
        TodoCommand todo;

        @Parameters(index = "0", paramLabel = "MATCH", description = "The todo's number, or words from it.")
        String match;

        @Override
        public Integer call() {
            return Writes.state(todo.inv, "todo-done", state -> ResolveItem.todoDone(state, match));
        }
    }
}
