package dev.atomstate.cli;

import dev.atomstate.app.InitState;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.render.InitReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        header = "Create a new .planning/STATE.md",
        description = "Create a new .planning/STATE.md (in the current directory, or -f PATH) that check finds clean. "
                + "Refuses when the file exists; the file is created atomically and never replaces another.",
        footer = {"", "Example:", "  atomstate init --project shelfmark", "  atomstate init --template bold -f docs/STATE.md --dry-run"})
final class InitCommand implements Callable<Integer> {
    private final Invocation inv;

    InitCommand(Invocation inv) {
        this.inv = inv;
    }

    @Option(names = "--project", paramLabel = "NAME", description = "The project's name, for the title.")
    String project;

    @Option(names = "--template", paramLabel = "gsd|bold", description = "gsd (plain fields, GSD's layout; default) or bold (**Field:** value).")
    String template;

    @Override
    public Integer call() {
        Path file = inv.options().file;
        Path path = file != null ? inv.cwd().resolve(file) : inv.cwd().resolve(".planning").resolve("STATE.md");
        String name = inv.display(path);
        String text = InitState.render(project, template, inv.config(), inv.now());
        if (Files.exists(path)) {
            throw AtomstateException.refused(name + " already exists; init never replaces a state file (edit it with the other commands)");
        }
        if (!inv.dryRun()) {
            StateFile.create(path, text.getBytes(StandardCharsets.UTF_8));
        }
        InitReport.print(inv.out(), inv.json(), inv.dryRun(), name, template, project, text);
        return ExitCodes.OK;
    }
}
