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
            assertThat(declaredName(e.getValue())).as(e.getValue().getSimpleName()).isEqualTo(e.getKey());
        }
    }

    /** The name a command gives itself: in its annotation, or in the model it builds in code (CodeSpec). */
    private static String declaredName(Class<?> c) {
        CommandLine.Command annotation = c.getAnnotation(CommandLine.Command.class);
        if (annotation != null) {
            return annotation.name();
        }
        Invocation inv = new Invocation(null, null, Map.of(), Path.of("."), false, WritePause.NONE);
        if (c == StatusCommand.class) {
            return new StatusCommand(inv).spec().name();
        }
        if (c == CheckCommand.class) {
            return new CheckCommand(inv).spec().name();
        }
        return c == DecideCommand.class ? new DecideCommand(inv).spec().name() : null;
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
