package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.render.HelpJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "help", mixinStandardHelpOptions = true,
        header = "Show the help of atomstate or of one command",
        description = "The help of a command (or of a command of a group: 'help todo add'), as 'atomstate COMMAND --help' "
                + "shows it; without a command, the help of atomstate. With --json: the command's options, arguments, "
                + "subcommands and examples, for tools.",
        footer = {"", "Example:", "  atomstate help complete-plan", "  atomstate help todo add", "  atomstate help check --json | jq '.options[].names'"})
final class HelpCommand implements Callable<Integer> {
    private final Invocation inv;

    @Spec
    CommandSpec spec;

    HelpCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and a subcommand of it: status, todo add.")
    List<String> names = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine target = spec.root().commandLine();
        List<String> path = new ArrayList<>();
        for (String name : names) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw AtomstateException.usage("no command '" + String.join(" ", path.isEmpty() ? List.of(name) : append(path, name))
                        + "'; " + (target.getSubcommands().isEmpty() ? "'atomstate " + String.join(" ", path) + "' has no subcommands"
                        : "the commands" + (path.isEmpty() ? "" : " of '" + String.join(" ", path) + "'") + " are "
                        + String.join(", ", target.getSubcommands().keySet())));
            }
            path.add(name);
            target = sub;
        }
        if (inv.json()) {
            HelpJson.print(inv.out(), CommandDocs.of(target.getCommandSpec()), CommandDocs.of(spec.root()));
        } else {
            target.usage(inv.out());
        }
        return ExitCodes.OK;
    }

    private static List<String> append(List<String> path, String name) {
        List<String> out = new ArrayList<>(path);
        out.add(name);
        return out;
    }
}
