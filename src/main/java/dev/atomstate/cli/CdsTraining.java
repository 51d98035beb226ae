package dev.atomstate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run for the class-data archive (made by the build into target/cds, and by the launcher on first
 * use with another JDK, in the user's cache). The archive holds the classes one JVM loaded, so this runs the
 * paths users hit in hooks in one process: plain status, status --full and --line (a status bar runs it on
 * every update), check, a --dry-run decide, the agents' pre-edit guard, complete-plan; with {@code full} (the default) also status --json, a project with .atomstate.yml, a
 * file with frontmatter (Jackson and SnakeYAML) and the merge driver. An AOT cache (JDK 25) loads every class it holds at start-up,
 * so the launcher trains it {@code lean}: only what plain status loads is worth loading for every run. Inputs
 * are our own samples, packed into the jar under cds-training/; it writes nothing outside a temp folder.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        boolean lean = args.length > 0 && args[0].equals("lean");
        Path project = Files.createTempDirectory("atomstate-cds");
        try {
            Path planning = Files.createDirectories(project.resolve(".planning"));
            Path longRunning = Files.createDirectories(project.resolve("long-running"));
            copy("long-running/STATE.md", longRunning.resolve("STATE.md"));
            String plain = longRunning.resolve("STATE.md").toString();
            run(project, "status", "-f", plain);
            run(project, "status", "--full", "-f", plain);
            run(project, "status", "--line", "-f", plain);
            run(project, "check", "-f", plain);
            run(project, "decide", "--dry-run", "Training run: nothing is written", "-f", plain);
            // the pre-edit hook runs before every edit an agent makes: a refused and an allowed edit
            guard(project, "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"" + plain + "\"}}");
            guard(project, "{\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"src/Main.java\"}}");
            if (!lean) {
                run(project, "--version"); // through picocli: an AOT cache would load its classes on every run, hooks never use them
                copy("frontmatter/STATE.md", planning.resolve("STATE.md"));
                Files.writeString(project.resolve(".atomstate.yml"), "decisions:\n  style: list\n");
                run(project, "status");
                run(project, "status", "--json");
                run(project, "complete-plan", "--dry-run", "99-99");
                run(project, "check", "--format", "json");
                // git runs the merge driver once per conflicting planning file of a merge
                String state = Files.readString(planning.resolve("STATE.md"));
                Files.writeString(project.resolve(".merge_O"), state);
                Files.writeString(project.resolve(".merge_A"), state + "- training: ours\n");
                Files.writeString(project.resolve(".merge_B"), state + "- training: theirs\n");
                run(project, "merge-driver", "--dry-run", ".merge_O", ".merge_A", ".merge_B", "-L", "7", "-P", ".planning/STATE.md");
            }
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
        InputStream stdin = System.in;
        System.setIn(new java.io.ByteArrayInputStream(hookInput.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            run(cwd, "agent", "guard", "claude");
        } finally {
            System.setIn(stdin);
        }
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = CdsTraining.class.getResourceAsStream("/cds-training/" + resource)) {
            if (in == null) {
                throw new IOException("training input cds-training/" + resource + " is missing from the jar");
            }
            Files.copy(in, to);
        }
    }

    private static void run(Path cwd, String... args) {
        StringWriter sink = new StringWriter();
        Cli.run(args, new Cli.Context(new PrintWriter(sink), new PrintWriter(sink), Map.of(), cwd, false));
        if (args[0].equals("status") && java.util.List.of(args).contains("-f")) {
            viaMain(args); // once more through the entry point a real run starts in, so that its classes are archived too
        }
    }

    /** {@link Main#run} with the process's streams sent nowhere (it prints where a real run would). */
    private static void viaMain(String[] args) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream nowhere = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        System.setOut(nowhere);
        System.setErr(nowhere);
        try {
            Main.run(args, dev.atomstate.io.WritePause.NONE);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
