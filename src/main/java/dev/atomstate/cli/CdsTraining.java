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
 * paths users hit in hooks in one process: status and check on each bundled sample laid out as a project (its
 * worklog beside it) and on a project with a roadmap and a phases folder, status --full and --line (a status bar
 * runs it on every update), decide (a dry run, and a write to a copy), the agents' pre-edit guard; then it loads
 * every class of ours. A lambda the run never reached is spun at run time by every run that reaches it, so the
 * inputs go where hooks go. With {@code full} (the default) also --version, status --json, a project with an
 * .atomstate.yml that Jackson reads, complete-plan and the merge driver. An AOT cache (JDK 25) links what the run
 * used, lambdas and picocli's model included, and loads it all at start-up, so the launcher trains it
 * {@code lean}: none of Jackson, SnakeYAML or picocli, which hooks never use. Inputs are our own samples, packed
 * into the jar under cds-training/; it writes nothing outside a temp folder.
 */
final class CdsTraining {
    /**
     * Our bundled samples (planning-samples/NAME/.planning/STATE.md, packed under cds-training/), one of each dialect:
     * status and check on each put into the archive what reading that dialect loads, the lambdas of its rarer
     * branches included, which a run would otherwise load from the jar or spin at run time.
     */
    static final java.util.List<String> SAMPLES = java.util.List.of("bold-fields", "crlf-decisions-table", "frontmatter",
            "gsd-template", "long-running", "separate-fields");
    /** The sample with frontmatter: the full training's project for the commands hooks do not run. */
    private static final String FRONTMATTER = "frontmatter";

    /** A roadmap in GSD's form for the gsd-template sample's project: phases listed, detailed, and in a progress table. */
    private static final String ROADMAP = """
            # Roadmap: Meal Planner

            ## Phases

            - [x] **Phase 1: Recipes** - Recipes as Markdown files
            - [ ] **Phase 2: Meal Planner** - Week plans keyed by ISO week
            - [ ] **Phase 3: Shopping List** - Lists made from the week's plan

            ## Phase Details

            ### Phase 1: Recipes
            **Goal**: Recipes as Markdown files
            **Plans**: 2 plans

            Plans:
            - [x] 01-01-PLAN.md — Recipe format
            - [x] 01-02-PLAN.md — Recipe index

            ### Phase 2: Meal Planner
            **Goal**: Week plans keyed by ISO week
            **Plans**: 3 plans

            Plans:
            - [x] 02-01-PLAN.md — Week model
            - [ ] 02-02-PLAN.md — Planner view
            - [ ] 02-03-PLAN.md — Export

            ## Progress

            | Phase | Plans Complete | Status | Completed |
            |-------|----------------|--------|-----------|
            | 1. Recipes | 2/2 | Complete | 2026-03-01 |
            | 2. Meal Planner | 1/3 | In progress | - |
            | 3. Shopping List | 0/2 | Not started | - |
            """;

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        boolean lean = args.length > 0 && args[0].equals("lean");
        Path project = Files.createTempDirectory("atomstate-cds");
        try {
            Path planning = Files.createDirectories(project.resolve(".planning"));
            for (String sample : SAMPLES) {
                // laid out as a project, with the sample's worklog beside its state file where it has one
                Path dir = project.resolve(sample);
                Path file = Files.createDirectories(dir.resolve(".planning")).resolve("STATE.md");
                copy(sample, file);
                copyIfPacked(sample, "WORKLOG.md", dir.resolve(".planning").resolve("WORKLOG.md"));
                run(dir, "status", "-f", file.toString());
                run(dir, "check", "-f", file.toString());
            }
            // a GSD project keeps a roadmap and a phases folder beside its state file, and status and check read both
            Path roadmapped = project.resolve("roadmapped");
            Path roadmappedState = Files.createDirectories(roadmapped.resolve(".planning")).resolve("STATE.md");
            copy("gsd-template", roadmappedState);
            Files.writeString(roadmapped.resolve(".planning").resolve("ROADMAP.md"), ROADMAP);
            Path phase = Files.createDirectories(roadmapped.resolve(".planning").resolve("phases").resolve("02-meal-planner"));
            Files.writeString(phase.resolve("02-01-PLAN.md"), "# Plan 02-01: Week model\n");
            Files.writeString(phase.resolve("02-01-SUMMARY.md"), "# Summary 02-01: Week model\n");
            run(roadmapped, "status", "-f", roadmappedState.toString());
            run(roadmapped, "status", "--line", "-f", roadmappedState.toString());
            run(roadmapped, "check", "-f", roadmappedState.toString());
            String plain = project.resolve("long-running").resolve(".planning").resolve("STATE.md").toString();
            run(project, "status", "-f", plain);
            run(project, "status", "--full", "-f", plain);
            run(project, "status", "--line", "-f", plain);
            run(project, "check", "-f", plain);
            run(project, "decide", "--dry-run", "Training run: nothing is written", "-f", plain);
            // a real write, on a copy in the temp folder: the lock, the temp file and the move load classes and link
            // lambdas a dry run never reaches
            Path written = Files.createDirectories(project.resolve("written")).resolve("STATE.md");
            copy("long-running", written);
            run(project, "decide", "Training run: a decision written to a copy", "-f", written.toString());
            // the pre-edit hook runs before every edit an agent makes: a refused and an allowed edit
            guard(project, "{\"tool_name\":\"Edit\",\"tool_input\":{\"file_path\":\"" + plain + "\"}}");
            guard(project, "{\"tool_name\":\"Write\",\"tool_input\":{\"file_path\":\"src/Main.java\"}}");
            if (!lean) {
                run(project, "--version"); // through picocli: an AOT cache would load its classes on every run, hooks never use them
                copy(FRONTMATTER, planning.resolve("STATE.md"));
                // a flow map is outside the YAML read by hand: Jackson reads this one, so that a config file in any
                // other form still finds Jackson in the archive (where it costs nothing until used)
                Files.writeString(project.resolve(".atomstate.yml"), "decisions: {style: list}\n");
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
            loadOwnClasses();
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

    /**
     * Loads (without initialising) every class of ours in the jar, so that a dynamic archive holds them all. The
     * samples cannot reach every branch a user's file takes, and a run that needs one class the archive lacks opens
     * the jar to read it: for this jar of some 5,000 entries, about 5 ms of reading its directory, on every such run.
     * A class in a dynamic archive costs nothing until it is used. An AOT cache (JDK 25) loads all it holds at start,
     * but our 500 classes more cost nothing measurable there either (status on seed 001, 30 pairs: 0.97× wall; on a
     * five-line file 0.97×), and a dialect the samples miss no longer reads classes from the jar.
     */
    static int loadOwnClasses() throws IOException {
        Path jar = OwnJar.path();
        if (jar == null) {
            return 0; // classes in a folder (a test run): nothing to read from a jar
        }
        int loaded = 0;
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith("dev/atomstate/") && name.endsWith(".class") && !name.endsWith("package-info.class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class that cannot load here is one no run can use either
                    }
                }
            }
        }
        return loaded;
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

    /** The sample's {@code name} (packed beside its STATE.md) to {@code to}, if the sample has one. */
    private static void copyIfPacked(String sample, String name, Path to) throws IOException {
        try (InputStream in = CdsTraining.class.getResourceAsStream("/cds-training/" + sample + "/.planning/" + name)) {
            if (in != null) {
                Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copy(String sample, Path to) throws IOException {
        String resource = "/cds-training/" + sample + "/.planning/STATE.md";
        try (InputStream in = CdsTraining.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("training input " + resource + " is missing from the jar");
            }
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
