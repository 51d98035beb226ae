package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Scratch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's man pages (target/man, made before the tests run: see pom.xml, BuildDocs) and completion scripts
 * (target/completion): one page per command, rendered by a real {@code man -l}, and the scripts the release ships are the
 * ones {@code atomstate completion} prints. Skipped, saying so, when the build did not make them (a test run from an
 * IDE) or there is no {@code man} (.ci/run installs man-db).
 */
class ManPagesTest {
    private static final Path MAN = Path.of("target/man");

    @Test
    void onePagePerCommand() throws IOException {
        assumeBuilt(MAN);
        List<String> expected = new ArrayList<>(List.of("atomstate.1"));
        pages(HelpFitsTest.tree(), "atomstate", expected);
        try (Stream<Path> files = Files.list(MAN)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".1")).toList())
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(expected));
        }
    }

    @Test
    void manRendersTheCompletePlanPage() throws Exception {
        Path page = MAN.resolve("atomstate-complete-plan.1");
        assumeBuilt(page);
        Path man = Stream.of("/usr/bin/man", "/bin/man").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(man != null, "no man on this machine (Debian: apt-get install man-db): the man page test is skipped");
        ProcessBuilder pb = new ProcessBuilder(man.toString(), "-l", page.toString()).redirectErrorStream(true);
        pb.environment().put("MANPAGER", "cat");
        pb.environment().put("PAGER", "cat");
        pb.environment().put("MANWIDTH", "100");
        pb.environment().put("LC_ALL", "C.UTF-8");
        Path out = Scratch.file("man", ".txt");
        Process p = pb.redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8).replaceAll(".\b", ""); // overstrike bold, if any
        Files.delete(out);
        assertThat(p.exitValue()).as(text).isZero();
        assertThat(text).contains("NAME").contains("atomstate-complete-plan - Record that a plan is finished")
                .contains("SYNOPSIS").contains("atomstate complete-plan")
                .contains("OPTIONS").contains("--duration=D").contains("How long it took: 14min")
                .contains("ARGUMENTS").contains("The plan id")
                .contains("EXAMPLES").contains("atomstate complete-plan 62-02 --dry-run");
    }

    @Test
    void theShippedCompletionScriptsAreTheOnesTheCommandPrints() throws IOException {
        Path dir = Path.of("target/completion");
        assumeBuilt(dir);
        Path cwd = Path.of(".");
        for (Map.Entry<String, String> e : Map.of("atomstate.bash", "bash", "_atomstate", "zsh", "atomstate.fish", "fish").entrySet()) {
            assertThat(Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8)).as(e.getKey())
                    .isEqualTo(CliRun.run(cwd, "completion", e.getValue()).out());
        }
    }

    private static void pages(CommandLine cl, String prefix, List<String> out) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            String name = prefix + "-" + e.getKey();
            out.add(name + ".1");
            pages(e.getValue(), name, out);
        }
    }

    private static void assumeBuilt(Path p) {
        Assumptions.assumeTrue(Files.exists(p), p + " is made by the build before the tests (mvn test-compile's process-test-classes "
                + "phase); not there, so this test is skipped");
    }
}
