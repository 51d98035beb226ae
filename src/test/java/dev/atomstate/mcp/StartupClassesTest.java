package dev.atomstate.mcp;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MCP SDK (and what it pulls in: Jackson 3, Reactor, SLF4J) is on the class path of every command but loads only
 * for {@code atomstate mcp}: a real JVM logs every class it loads, and the everyday commands load none of them.
 */
class StartupClassesTest {
    static final List<String> SDK = List.of("io.modelcontextprotocol.", "reactor.", "org.reactivestreams.", "tools.jackson.", "org.slf4j.",
            "dev.atomstate.mcp.AtomstateMcpServer");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"status", "status --line", "status --json", "check", "decide --dry-run x", "--help", "mcp --list"})
    void everydayCommandsLoadNoneOfTheSdk(String command) throws Exception {
        List<String> loaded = classesLoadedBy(command);
        assertThat(loaded).as("classes loaded").anyMatch(c -> c.startsWith("dev.atomstate.cli."));
        assertThat(loaded).as("%s loads none of the MCP SDK", command).noneMatch(c -> SDK.stream().anyMatch(c::startsWith));
    }

    /**
     * The hooks' commands bind their arguments without picocli (cli.DirectCommands): a real JVM running them loads no
     * picocli class at all, while help, which is picocli's, does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"status", "status --line", "status --json", "check", "decide --dry-run x", "--help"})
    void hookCommandsLoadNoPicocli(String command) throws Exception {
        List<String> loaded = classesLoadedBy(command);
        if (command.equals("--help")) {
            assertThat(loaded).as("help is picocli's").anyMatch(c -> c.startsWith("picocli."));
        } else {
            assertThat(loaded).as("%s loads no picocli class", command).noneMatch(c -> c.startsWith("picocli."));
        }
    }

    /**
     * On a file with frontmatter, the form GSD itself writes, the hooks' commands validate the YAML by hand
     * (parse.SimpleYaml) rather than with Jackson's 400 classes; and on the system clock they take today from the UTC
     * day where that settles it, so the time zone's data is not read either.
     */
    @ParameterizedTest
    @ValueSource(strings = {"status", "status --line", "status --json", "check", "decide --dry-run x"})
    void hookCommandsOnFrontmatterLoadNeitherJacksonNorTheZoneData(String command) throws Exception {
        List<String> loaded = classesLoadedBy(command, "planning-samples/frontmatter/.planning/STATE.md", false);
        assertThat(loaded).as("classes loaded").anyMatch(c -> c.startsWith("dev.atomstate.parse.FrontmatterBlock"));
        assertThat(loaded).as("%s loads no Jackson", command).noneMatch(c -> c.startsWith("com.fasterxml.jackson."));
        assertThat(loaded).as("%s reads no time zone data", command).doesNotContain("sun.util.calendar.ZoneInfoFile");
    }

    /**
     * The hooks' commands reach no lambda or method reference of ours and no stream: a cold JVM links each lambda call
     * site through method handles, and the first stream loads some 70 classes; on JDK 17 the two cost about 10 ms of a
     * 100 ms {@code status}. A record's toString, hashCode and equals are linked the same way (about 40 ms for the
     * first). (The JDK's regex engine has lambdas of its own; those are the JDK's.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"status", "status --line", "status --json", "status --full", "check", "decide --dry-run x", "decide x"})
    void hookCommandsLinkNoLambdaOfOursAndNoStream(String command) throws Exception {
        for (String sample : List.of("planning-samples/long-running/.planning/STATE.md", "planning-samples/frontmatter/.planning/STATE.md",
                "planning-samples/crlf-decisions-table/.planning/STATE.md")) {
            Path copy = dir.resolve("copy/.planning/STATE.md");
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of(sample), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            for (boolean fixedClock : new boolean[] {true, false}) {
                List<String> loaded = classesLoadedBy(command, copy.toString(), fixedClock);
                assertThat(loaded).as("classes loaded").anyMatch(c -> c.startsWith("dev.atomstate.parse.StateParser"));
                assertThat(loaded).as("%s on %s links no lambda of ours", command, sample)
                        .noneMatch(c -> c.startsWith("dev.atomstate.") && c.contains("$$Lambda"));
                assertThat(loaded).as("%s on %s uses no stream", command, sample).noneMatch(c -> c.startsWith("java.util.stream."));
                assertThat(loaded).as("%s on %s asks no record for its text, hash or equality (linked through method handles)",
                        command, sample).doesNotContain("java.lang.runtime.ObjectMethods");
            }
        }
    }

    /** A project's own .atomstate.yml in the everyday YAML subset is read by hand too (io.ConfigYaml). */
    @ParameterizedTest
    @ValueSource(strings = {"status", "status --line", "check"})
    void hookCommandsWithAProjectConfigLoadNoJackson(String command) throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve(".planning"));
        Files.copy(Path.of("planning-samples/frontmatter/.planning/STATE.md"), project.resolve(".planning/STATE.md"));
        Files.writeString(project.resolve(".atomstate.yml"), "# team settings\ncheck:\n  severity:\n    size-budget: off\n"
                + "    session-stale: warning\n  size-budget:\n    lines: 200\nlock:\n  timeout: 30s\n");
        List<String> loaded = classesLoadedBy(command, project.resolve(".planning/STATE.md").toString(), false, project);
        assertThat(loaded).as("the config was read").anyMatch(c -> c.startsWith("dev.atomstate.io.ConfigYaml"));
        assertThat(loaded).as("%s loads no Jackson", command).noneMatch(c -> c.startsWith("com.fasterxml.jackson."));
    }

    private List<String> classesLoadedBy(String command) throws Exception {
        return classesLoadedBy(command, "planning-samples/gsd-template/.planning/STATE.md", true);
    }

    private List<String> classesLoadedBy(String command, String sample, boolean fixedClock) throws Exception {
        return classesLoadedBy(command, sample, fixedClock, null);
    }

    /** The classes a real JVM running {@code atomstate COMMAND -f SAMPLE} loads, in order (it must exit 0). */
    private List<String> classesLoadedBy(String command, String sample, boolean fixedClock, Path workDir) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.atomstate.cli.Main"));
        cmd.addAll(List.of(command.split(" ")));
        cmd.addAll(List.of("-f", Path.of(sample).toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile());
        if (workDir != null) {
            pb.directory(workDir.toFile());
        }
        if (fixedClock) {
            pb.environment().put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        } else {
            pb.environment().remove("ATOMSTATE_NOW");
        }
        Process p = pb.start();
        assertThat(p.waitFor()).as(Files.readString(dir.resolve("out.log"))).isZero();
        List<String> loaded = Files.readAllLines(log).stream().filter(l -> l.contains(" source: ")).map(StartupClassesTest::className).toList();
        return loaded;
    }

    /** "[0.012s][info][class,load] java.lang.Object source: shared objects file" → java.lang.Object */
    private static String className(String line) {
        String rest = line.substring(line.indexOf("] ", line.lastIndexOf("[class,load]")) + 2);
        return rest.substring(0, rest.indexOf(' '));
    }
}
