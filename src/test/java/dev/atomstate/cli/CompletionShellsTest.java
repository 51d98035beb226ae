package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The completion scripts in real shells: bash registers its function, zsh and fish load theirs without an error, and the
 * words they offer — commands, option values, and plan ids and phase numbers read from the sample's state file through
 * the hidden {@code completion --candidates} — are the right ones. The shells run an {@code atomstate} on their PATH that
 * starts this build's classes. A shell that is not installed skips its test, saying so ({@code .ci/run} installs zsh and
 * fish from Debian).
 */
class CompletionShellsTest {
    private static final Path SAMPLE = Path.of("planning-samples/gsd-template").toAbsolutePath();

    @TempDir
    static Path bin;

    @BeforeAll
    static void launcher() throws IOException {
        Path launcher = bin.resolve("atomstate");
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -XX:TieredStopAtLevel=1 "
                + "-XX:+UseSerialGC -Xshare:auto -cp '" + System.getProperty("java.class.path") + "' dev.atomstate.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void bashSourcesTheScriptAndRegistersIt() throws Exception {
        Result r = shell("bash", "-c", "source <(atomstate completion bash) && complete -p atomstate");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("-F _atomstate_complete").contains(" atomstate");
    }

    @Test
    void bashCompletesCommandsOptionValuesPlanIdsAndPhases() throws Exception {
        String script = """
                source <(atomstate completion bash) 2>/dev/null
                t() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
                      COMPREPLY=(); _atomstate_complete 2>/dev/null; echo "${COMPREPLY[*]}"; }
                t atomstate comp
                t atomstate complete-plan ""
                t atomstate -f .planning/STATE.md complete-plan 02-0
                t atomstate begin-phase ""
                t atomstate decisions --phase ""
                t atomstate check --format ""
                t atomstate todo ""
                t atomstate help com
                t atomstate complete-plan 02-02 ""
                """;
        Result r = shell("bash", "-c", script);
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out.lines().toList()).containsExactly(
                "complete-plan complete-phase compact completion",
                "01-01 01-02 01-03 02-01 02-02 02-03",
                "02-01 02-02 02-03",
                "1 2 3 4",
                "1 2 3 4",
                "text json github sarif",
                "add done",
                "complete-plan complete-phase compact completion",
                "");
    }

    @Test
    void zshLoadsTheScript() throws Exception {
        Result r = shell("zsh", "-f", "-c", "source <(atomstate completion zsh) && whence -w _atomstate_complete && print -r -- $_comps[atomstate]");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out).contains("_atomstate_complete: function").contains("_atomstate_complete");
    }

    @Test
    void fishLoadsTheScriptAndCompletesFromTheFile() throws Exception {
        Result r = shell("fish", "--no-config", "-c", "atomstate completion fish | source; and begin; complete -C 'atomstate complete-plan 02-0'; "
                + "echo sep; complete -C 'atomstate check --format '; echo sep; complete -C 'atomstate todo '; echo sep; "
                + "complete -C 'atomstate begin-phase '; end");
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEmpty();
        List<String> words = r.out.lines().map(l -> l.split("\t")[0]).toList();
        assertThat(words).containsExactly("02-01", "02-02", "02-03", "sep", "github", "json", "sarif", "text", "sep", "add", "done", "sep",
                "1", "2", "3", "4");
    }

    @Test
    void candidatesAreTheFilesPlanIdsAndPhasesAsWritten() {
        assertThat(CliRun.run(SAMPLE, "completion", "--candidates", "plans").out().lines())
                .containsExactly("01-01", "01-02", "01-03", "02-01", "02-02", "02-03");
        assertThat(CliRun.run(Path.of("planning-samples/long-running"), "completion", "--candidates", "phases").out().lines())
                .containsExactly("38", "39", "40", "41");
        CliRun.Result none = CliRun.run(bin, "completion");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("atomstate: completion needs the shell");
    }

    @Test
    void theDynamicArgumentsAreRealOnes() {
        var root = CommandDocs.of(HelpFitsTest.tree().getCommandSpec());
        for (var d : CompletionCommand.DYNAMIC) {
            var command = root.subcommand(d.command());
            assertThat(command).as("command %s", d.command()).isNotNull();
            if (d.option() == null) {
                assertThat(command.params()).as("%s takes an argument", d.command()).isNotEmpty();
            } else {
                assertThat(command.options()).as("%s %s", d.command(), d.option()).anyMatch(o -> o.names().contains(d.option()) && o.label() != null);
            }
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result shell(String... command) throws Exception {
        Path exe = List.of("/usr/bin", "/bin", "/usr/local/bin").stream().map(d -> Path.of(d, command[0])).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(exe != null, command[0] + " is not installed: its completion test is skipped (.ci/run installs it)");
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.set(0, exe.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(SAMPLE.toFile());
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("HOME", bin.toString());
        pb.environment().put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        pb.environment().remove("COLUMNS");
        Path out = Files.createTempFile(bin, "out", ".txt");
        Path err = Files.createTempFile(bin, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
