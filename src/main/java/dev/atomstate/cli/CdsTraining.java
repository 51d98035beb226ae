package dev.atomstate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The build's training run for the class-data-sharing archive (see the antrun step in pom.xml). The archive
 * holds the classes one JVM loaded, so this runs the paths users hit in hooks — plain status, status --line (a status bar runs it on every update), status --json,
 * a project with {@code .atomstate.yml}, a file with frontmatter, check, a --dry-run write, the pre-edit guard — in one process.
 * Classes it misses still load normally, only slower. It writes nothing outside a temp folder and never
 * runs in normal use.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "planning-samples").toAbsolutePath();
        Path project = Files.createTempDirectory("atomstate-cds");
        try {
            Path planning = Files.createDirectories(project.resolve(".planning"));
            Files.copy(samples.resolve("frontmatter/.planning/STATE.md"), planning.resolve("STATE.md"));
            Files.writeString(project.resolve(".atomstate.yml"), "decisions:\n  style: list\n");
            Path longRunning = samples.resolve("long-running/.planning/STATE.md");
            run(samples, "status", "-f", longRunning.toString());
            run(samples, "status", "--full", "-f", longRunning.toString());
            run(samples, "status", "--line", "-f", longRunning.toString());
            run(project, "status");
            run(project, "status", "--json");
            run(project, "decide", "--dry-run", "Training run: nothing is written");
            // the pre-edit hook runs before every edit an agent makes: a refused and an allowed edit
            guard(project, "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\".planning/STATE.md\"}}");
            guard(project, "{\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"src/Main.java\"}}");
            run(samples, "check", samples.toString());
            run(samples, "check", "--format", "json", samples.toString());
        } finally {
            try (var walk = Files.walk(project)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** 'agent guard claude' with {@code hookInput} as its stdin. */
    private static void guard(Path cwd, String hookInput) {
        java.io.InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(hookInput.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            run(cwd, "agent", "guard", "claude");
        } finally {
            System.setIn(stdin);
        }
    }

    private static void run(Path cwd, String... args) {
        StringWriter sink = new StringWriter();
        Cli.run(args, new Cli.Context(new PrintWriter(sink), new PrintWriter(sink), Map.of(), cwd, false));
    }
}
