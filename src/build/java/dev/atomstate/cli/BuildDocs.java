package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Build time only (src/build/java is a test source root, so neither this class nor picocli-codegen is in the jar): from
 * the command tree the CLI runs, one man page per command as AsciiDoc (picocli-codegen's ManPageGenerator; the build
 * turns them into roff with Asciidoctor) and the three completion scripts.
 *
 * <pre>BuildDocs MAN_ADOC_DIR COMPLETION_DIR</pre>
 */
public final class BuildDocs {
    private BuildDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildDocs MAN_ADOC_DIR COMPLETION_DIR");
        }
        Path adoc = Files.createDirectories(Path.of(args[0]));
        Path completion = Files.createDirectories(Path.of(args[1]));
        CommandLine tree = tree();
        for (CommandSpec spec : all(tree.getCommandSpec())) {
            examplesSection(spec);
        }
        int code = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, tree.getCommandSpec());
        if (code != 0) {
            throw new IllegalStateException("ManPageGenerator exited " + code);
        }
        CommandSpec root = tree().getCommandSpec();
        Files.writeString(completion.resolve("atomstate.bash"), CompletionCommand.script(CompletionCommand.Shell.bash, root), StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("_atomstate"), CompletionCommand.script(CompletionCommand.Shell.zsh, root), StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("atomstate.fish"), CompletionCommand.script(CompletionCommand.Shell.fish, root), StandardCharsets.UTF_8);
    }

    /** Every command, as a run that asked for help would register them (the run's own Invocation, writing nowhere). */
    static CommandLine tree() {
        PrintWriter sink = new PrintWriter(new StringWriter());
        Invocation inv = new Invocation(sink, sink, Map.of(), Path.of("."), false, WritePause.NONE);
        return RootCommand.commandLine(new RootCommand(inv), new String[0]);
    }

    private static List<CommandSpec> all(CommandSpec spec) {
        List<CommandSpec> out = new ArrayList<>(List.of(spec));
        for (CommandLine sub : spec.subcommands().values()) {
            out.addAll(all(sub.getCommandSpec()));
        }
        return out;
    }

    /**
     * The footer as a man page section: the generator writes one only under a footer heading, and ours are "Example:"
     * lines after a blank one (the help page's layout). In the man page they are the EXAMPLES section (NOTES when the
     * footer says more than examples).
     */
    private static void examplesSection(CommandSpec spec) {
        List<String> lines = new ArrayList<>(Arrays.asList(spec.usageMessage().footer()));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        if (lines.isEmpty()) {
            return;
        }
        boolean examples = lines.get(0).equals("Example:");
        if (examples) {
            lines.remove(0);
        }
        spec.usageMessage().footerHeading(examples ? "Examples" : "Notes");
        spec.usageMessage().footer(lines.toArray(String[]::new));
    }
}
