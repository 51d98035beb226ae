package dev.atomstate.cli;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every writing command's --help shows an example that runs that command. */
class WritingCommandsHelpTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"block", "unblock", "todo", "todo add", "todo done", "session", "begin-phase", "complete-phase", "metric", "init", "milestone", "milestone start", "milestone complete", "resolve", "git", "git setup", "git unsetup"})
    void helpShowsAnExample(String command) {
        String[] words = (command + " --help").split(" ");
        CliRun.Result r = CliRun.run(dir, words);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Example:").contains("  atomstate " + command.split(" ")[0] + " ");
        assertThat(r.out()).contains("--dry-run").contains("--json");
    }
}
