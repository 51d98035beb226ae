package dev.atomstate.cli;

import dev.atomstate.app.InitState;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.io.StateFile;
import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new .planning/STATE.md (in the current directory, or -f PATH) that check finds clean. "
                + "Refuses when the file exists; the file is created atomically and never replaces another.",
        footer = {"", "Example:", "  atomstate init --project shelfmark", "  atomstate init --template bold -f docs/STATE.md --dry-run"})
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--project", paramLabel = "NAME", description = "The project's name, for the title.")
    String project;

    @Option(names = "--template", paramLabel = "gsd|bold", description = "gsd (plain fields, GSD's layout; default) or bold (**Field:** value).")
    String template;

    @Override
    public Integer call() {
        Path cwd = root.ctx.cwd();
        Path path = root.file != null ? cwd.resolve(root.file) : cwd.resolve(".planning").resolve("STATE.md");
        String name = CommandSupport.display(root, path);
        String text = InitState.render(project, template, CommandSupport.config(root), CommandSupport.now(root));
        if (Files.exists(path)) {
            throw AtomstateException.refused(name + " already exists; init never replaces a state file (edit it with the other commands)");
        }
        if (!root.dryRun) {
            StateFile.create(path, text.getBytes(StandardCharsets.UTF_8));
        }
        String diff = root.dryRun ? UnifiedDiff.diff("/dev/null", Path.of(name).isAbsolute() ? name : "b/" + name, "", text) : "";
        if (root.json) {
            Map<String, Object> doc = Json.document("init");
            doc.put("file", name);
            doc.put("changed", true);
            doc.put("written", !root.dryRun);
            doc.put("dryRun", root.dryRun);
            doc.put("summary", "created " + name);
            doc.put("template", template == null ? "gsd" : template.toLowerCase(java.util.Locale.ROOT));
            doc.put("project", project);
            doc.put("changes", List.of("new state file, " + text.split("\n", -1).length + " lines"));
            if (root.dryRun) {
                doc.put("diff", diff);
            }
            Json.print(root.ctx.out(), doc);
        } else if (root.dryRun) {
            root.ctx.out().print(diff);
        } else {
            root.ctx.out().println("created " + name);
        }
        return ExitCodes.OK;
    }
}
