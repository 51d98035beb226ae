package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Candidates;
import dev.atomstate.render.CommandDoc;
import dev.atomstate.render.Json;
import dev.atomstate.render.ShellCompletion;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Shell completion for bash, zsh or fish",
        description = "Print the completion script for SHELL: commands, subcommands and options, the values of options that "
                + "take a fixed set, files where a path goes, and plan ids and phase numbers read from the state file when "
                + "you press TAB (complete-plan, metric, begin-phase, complete-phase, --phase). bash and zsh load the same "
                + "script (picocli's generator); fish gets its own.",
        footer = {"", "Example:", "  source <(atomstate completion bash)     # in ~/.bashrc",
                "  source <(atomstate completion zsh)      # in ~/.zshrc",
                "  atomstate completion fish > ~/.config/fish/completions/atomstate.fish"})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh, fish }

    /** What the scripts ask for at the time of the TAB. */
    enum Kind { plans, phases }

    /** The arguments completed from the state file (a test checks that each names a real command and argument). */
    static final List<ShellCompletion.Dynamic> DYNAMIC = List.of(
            new ShellCompletion.Dynamic("complete-plan", null, "plans"),
            new ShellCompletion.Dynamic("metric", null, "plans"),
            new ShellCompletion.Dynamic("begin-phase", null, "phases"),
            new ShellCompletion.Dynamic("complete-phase", null, "phases"),
            new ShellCompletion.Dynamic("decide", "--phase", "phases"),
            new ShellCompletion.Dynamic("decisions", "--phase", "phases"),
            new ShellCompletion.Dynamic("blockers", "--phase", "phases"),
            new ShellCompletion.Dynamic("todos", "--phase", "phases"),
            new ShellCompletion.Dynamic("history", "--phase", "phases"),
            new ShellCompletion.Dynamic("help", null, "commands"));

    private final Invocation inv;

    CompletionCommand(Invocation inv) {
        this.inv = inv;
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", description = "bash, zsh or fish.")
    Shell shell;

    @Option(names = "--candidates", paramLabel = "KIND", hidden = true,
            description = "For the scripts: the plan ids or phase numbers of the state file, one a line.")
    Kind candidates;

    @Override
    public Integer call() {
        if (candidates != null) {
            ParsedState state = inv.readState(inv.stateFile());
            for (String c : candidates == Kind.plans ? Candidates.plans(state) : Candidates.phases(state)) {
                inv.out().println(c);
            }
            return ExitCodes.OK;
        }
        if (shell == null) {
            throw AtomstateException.usage("completion needs the shell: bash, zsh or fish (e.g. 'source <(atomstate completion bash)')");
        }
        String script = script(shell, inv.reentry().command(List.of()));
        if (inv.json()) {
            Map<String, Object> doc = Json.document("completion");
            doc.put("shell", shell.name());
            doc.put("script", script);
            Json.print(inv.out(), doc);
        } else {
            inv.out().print(script);
        }
        return ExitCodes.OK;
    }

    /** The script for {@code shell}, from the whole command tree {@code root} (the build writes these files too). */
    static String script(Shell shell, CommandSpec root) {
        CommandDoc doc = CommandDocs.of(root);
        return shell == Shell.fish ? ShellCompletion.fish(doc, DYNAMIC)
                : ShellCompletion.bash(AutoComplete.bash(root.name(), root.commandLine()), doc, DYNAMIC);
    }
}
