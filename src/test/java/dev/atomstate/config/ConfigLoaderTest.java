package dev.atomstate.config;

import dev.atomstate.io.ConfigLoader;
import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void noFilesGiveNoSettings() {
        Config c = ConfigLoader.load(dir, Map.of());
        assertThat(c.sources()).isEmpty();
        assertThat(c.state()).isNull();
        assertThat(c.severity("session-stale")).isNull();
    }

    @Test
    void nearestProjectFileUpwardsWithPathsRelativeToIt() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "state: docs/STATE.md\nworklog: docs/WORKLOG.md\n"
                + "dates:\n  date-format: dd.MM.yyyy\n  time-format: HH:mm\ndecisions:\n  style: table\n"
                + "progress:\n  bar-width: 20\n  filled: \"#\"\n  empty: \"-\"\n"
                + "check:\n  severity:\n    session-stale: off\n  size-budget:\n    lines: 150\n    bytes: 20000\n"
                + "  worklog-stale-after: P7D\nlock:\n  timeout: 5s\nlimits:\n  max-bytes: 1000\n");
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Config c = ConfigLoader.load(sub, Map.of());
        assertThat(c.state()).isEqualTo(dir.resolve("docs/STATE.md").toAbsolutePath().normalize());
        assertThat(c.worklog()).isEqualTo(dir.resolve("docs/WORKLOG.md").toAbsolutePath().normalize());
        assertThat(c.dateFormat()).isEqualTo("dd.MM.yyyy");
        assertThat(c.decisionStyle()).isEqualTo("table");
        assertThat(c.barWidth()).isEqualTo(20);
        assertThat(c.barFilled()).isEqualTo("#");
        assertThat(c.severity("session-stale")).isEqualTo("off");
        assertThat(c.maxLines()).isEqualTo(150);
        assertThat(c.maxBytes()).isEqualTo(20000L);
        assertThat(c.worklogStaleAfter()).isEqualTo("P7D");
        assertThat(c.lockTimeoutMs()).isEqualTo(5000L);
        assertThat(c.readLimitBytes()).isEqualTo(1000L);
    }

    @Test
    void projectSettingsOverrideTheUserFileKeyByKey() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/.config/atomstate"));
        Files.writeString(home.resolve("config.yml"), "decisions:\n  style: bold\ncheck:\n  severity:\n    a: error\n    b: info\n");
        Path project = Files.createDirectories(dir.resolve("proj"));
        Files.writeString(project.resolve(".atomstate.yml"), "check:\n  severity:\n    b: off\n");
        Config c = ConfigLoader.load(project, Map.of("HOME", dir.resolve("home").toString()));
        assertThat(c.decisionStyle()).isEqualTo("bold");
        assertThat(c.severity("a")).isEqualTo("error");
        assertThat(c.severity("b")).isEqualTo("off");
        assertThat(c.sources()).hasSize(2);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "state: S.md\nprogres:\n  bar-width: 3\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .isInstanceOf(AtomstateException.class)
                .hasMessageContaining(".atomstate.yml:2: unknown key 'progres'")
                .hasMessageContaining("progress");
    }

    @Test
    void anUnknownNestedKeyIsNamed() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "progress:\n  width: 3\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .hasMessageContaining("unknown key 'width'").hasMessageContaining("bar-width");
    }

    @Test
    void badValuesAreRefusedWithTheKey() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "check:\n  severity:\n    session-stale: loud\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
                .hasMessageContaining("check.severity.session-stale 'loud'");
        Files.writeString(dir.resolve(".atomstate.yml"), "decisions:\n  style: prose\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of())).hasMessageContaining("decisions.style");
        Files.writeString(dir.resolve(".atomstate.yml"), "progress:\n  filled: \"##\"\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of())).hasMessageContaining("progress.filled");
        Files.writeString(dir.resolve(".atomstate.yml"), "lock:\n  timeout: soon\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of())).hasMessageContaining("lock.timeout");
        Files.writeString(dir.resolve(".atomstate.yml"), "progress:\n  bar-width: many\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of())).hasMessageContaining("bar-width");
        Files.writeString(dir.resolve(".atomstate.yml"), "state: [\n");
        assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of())).hasMessageStartingWith(dir.resolve(".atomstate.yml") + ":");
    }

    @Test
    void anEmptyFileIsFine() throws IOException {
        Files.writeString(dir.resolve(".atomstate.yml"), "# nothing yet\n");
        assertThat(ConfigLoader.load(dir, Map.of()).sources()).hasSize(1);
    }

    @Test
    void atomstateConfigNoneSkipsTheUserFile() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/.config/atomstate"));
        Files.writeString(home.resolve("config.yml"), "decisions:\n  style: bold\n");
        Config c = ConfigLoader.load(dir, Map.of("HOME", dir.resolve("home").toString(), "ATOMSTATE_CONFIG", "none"));
        assertThat(c.decisionStyle()).isNull();
    }
}
