package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models built in code ({@link CodeSpec}: the root, status, check, decide) say what their annotations said: the
 * help of each is the help picocli printed from the annotations (kept under src/test/resources/cli-help/, taken from
 * the build before the change), and the options bind to the fields the commands read.
 */
class CodeSpecTest {
    @ParameterizedTest
    @ValueSource(strings = {"status", "check", "decide"})
    void helpIsWhatTheAnnotationsPrinted(String command, @TempDir Path dir) throws IOException {
        CliRun.Result help = CliRun.run(dir, command, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).isEqualTo(expected(command + ".txt"));
    }

    @Test
    void theRootsOptionsAreWhatTheAnnotationsPrinted(@TempDir Path dir) throws IOException {
        String help = CliRun.run(dir, "--help").out();
        assertThat(help.substring(0, help.indexOf("Commands:") + "Commands:".length() + 1)).isEqualTo(expected("root-options.txt"));
    }

    @Test
    void optionsBindToTheFieldsTheCommandsRead() {
        Invocation inv = new Invocation(null, null, Map.of(), Path.of("."), false, WritePause.NONE);
        CommandLine cl = RootCommand.commandLine(new RootCommand(inv), new String[] {"check"});
        cl.parseArgs("--json", "check", "a.md", "b", "--format", "github", "--fail-on", "warning", "--fix", "-f", "S.md", "--now", "2026-01-02",
                "--dry-run", "--no-color", "--worklog", "W.md", "--debug");
        CheckCommand check = (CheckCommand) cl.getSubcommands().get("check").getCommandSpec().userObject();
        assertThat(check.paths).containsExactly(Path.of("a.md"), Path.of("b"));
        assertThat(check.format).isEqualTo(CheckCommand.Format.github);
        assertThat(check.failOn).isEqualTo(CheckCommand.FailOn.warning);
        assertThat(check.fix).isTrue();
        GlobalOptions o = inv.options();
        assertThat(o.json && o.dryRun && o.noColor && o.debug).isTrue();
        assertThat(o.file).isEqualTo(Path.of("S.md"));
        assertThat(o.worklog).isEqualTo(Path.of("W.md"));
        assertThat(o.now).isEqualTo("2026-01-02");

        Invocation inv2 = new Invocation(null, null, Map.of(), Path.of("."), false, WritePause.NONE);
        CommandLine decide = RootCommand.commandLine(new RootCommand(inv2), new String[] {"decide"});
        decide.parseArgs("decide", "Use SQLite", "--phase", "3", "--rationale", "no server");
        DecideCommand d = (DecideCommand) decide.getSubcommands().get("decide").getCommandSpec().userObject();
        assertThat(new String[] {d.text, d.phase, d.rationale}).containsExactly("Use SQLite", "3", "no server");
        assertThat(inv2.options().json || inv2.options().dryRun).isFalse();

        CommandLine status = RootCommand.commandLine(new RootCommand(inv2), new String[] {"status"});
        status.parseArgs("status", "--line");
        StatusCommand s = (StatusCommand) status.getSubcommands().get("status").getCommandSpec().userObject();
        assertThat(s.line && !s.full).isTrue();
    }

    private static String expected(String name) throws IOException {
        try (var in = CodeSpecTest.class.getResourceAsStream("/cli-help/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
