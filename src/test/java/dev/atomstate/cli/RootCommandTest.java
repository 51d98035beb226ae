package dev.atomstate.cli;

import dev.atomstate.io.WritePause;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the asked-for command is registered; help and typos still see them all. */
class RootCommandTest {
    @Test
    void theNamesAreTheCommandsOwnNames() {
        for (Map.Entry<String, Class<?>> e : RootCommand.COMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(CommandLine.Command.class).name()).as(e.getValue().getSimpleName()).isEqualTo(e.getKey());
        }
    }

    @Test
    void aRunRegistersOnlyItsCommand() {
        RootCommand root = new RootCommand(new Invocation(null, null, Map.of(), Path.of("."), false, WritePause.NONE));
        assertThat(RootCommand.commandLine(root, new String[] {"--json", "-f", "status", "check", "x"}).getSubcommands().keySet())
                .containsExactly("check");
        assertThat(RootCommand.commandLine(root, new String[] {"--help"}).getSubcommands().keySet())
                .containsExactlyElementsOf(RootCommand.COMMANDS.keySet());
        assertThat(RootCommand.commandLine(root, new String[] {"stauts"}).getSubcommands()).hasSameSizeAs(RootCommand.COMMANDS);
    }

    @Test
    void helpListsEveryCommandAndATypoGetsASuggestion(@TempDir Path dir) throws IOException {
        CliRun.Result help = CliRun.run(dir, "--help");
        assertThat(help.exit()).isZero();
        for (String name : RootCommand.COMMANDS.keySet()) {
            assertThat(help.out()).contains("  " + name + " ");
        }
        CliRun.Result typo = CliRun.run(dir, "stauts");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("status");
    }

    @Test
    void aFileNamedLikeACommandIsAFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("status"), "# State\n\nPhase: 2 of 4 (Planner)\nPlan: 1 of 3\n");
        CliRun.Result r = CliRun.run(dir, "-f", "status", "get", "phase");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("2 of 4 (Planner)");
    }
}
