package dev.atomstate.io;

import dev.atomstate.config.Config;
import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A config file in the everyday YAML subset is read by hand, without Jackson's 550 classes (a configured project's
 * status took 1.5× the time of one without). The hand reading must be Jackson's exactly: the same settings, or the
 * same one-line error, for every file; and it must take the files people write, or it spares nothing.
 */
class ConfigYamlByHandTest {
    @TempDir
    Path dir;

    record Reading(Config config, String error) {
    }

    Reading read(String yaml, boolean byHand) throws IOException {
        Path file = dir.resolve(".atomstate.yml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        try {
            return new Reading(ConfigYaml.read(file, byHand), null);
        } catch (AtomstateException e) {
            return new Reading(null, e.getMessage());
        }
    }

    void same(String yaml) throws IOException {
        assertThat(read(yaml, true)).as("by hand and by Jackson:%n%s", yaml).isEqualTo(read(yaml, false));
    }

    @Test
    void everydayFilesReadTheSameAndNeedNoJackson() throws IOException {
        String[] files = {
                "",
                "# nothing yet\n",
                "state: .planning/STATE.md\nworklog: docs/WORKLOG.md\n",
                "check:\n  severity:\n    size-budget: off\n    session-stale: warning\n  size-budget:\n    lines: 200\n    bytes: 32768\n",
                "check:\n  worklog-stale-after: 2h\nlock:\n  timeout: 30s\nlimits:\n  max-bytes: 134217728\n",
                "dates:\n  date-format: yyyy-MM-dd\n  time-format: 'HH:mm'\ndecisions:\n  style: table\nprogress:\n  bar-width: 20\n  filled: \"#\"\n  empty: '.'\n",
                "check:\r\n  severity:\r\n    size-budget: info\r\n",
        };
        for (String f : files) {
            same(f);
            assertThat(dev.atomstate.model.SimpleYaml.read(f)).as("in the subset:%n%s", f).isNotNull();
        }
    }

    @Test
    void refusalsAreWordedTheSame() throws IOException {
        for (String f : new String[] {
                "stat: x\n", "check:\n  severity:\n    size-budget: loud\n", "check:\n  severity:\n    size-budget: ~\n",
                "progress:\n  bar-width: 0\n", "progress:\n  bar-width: 101\n", "progress:\n  bar-width: 010\n",
                "progress:\n  bar-width: '12'\n", "progress:\n  filled: ab\n", "decisions:\n  style: prose\n", "lock:\n  timeout: soon\n",
                "limits:\n  max-bytes: 0\n", "limits:\n  max-bytes: -5\n", "dates:\n  date-format: yyyy-MM-dd'\n", "dates: x\n",
                "check:\n  severity: off\n", "state:\n  - a\n", "state: a\nstate: b\n", "check:\n  size-budget:\n    lines: many\n",
                "a: b: c\n", "check:\n\tseverity: {}\n",
                // YAML's white space is the space and the tab only; SnakeYAML breaks lines at U+2028 and U+2029
                "check:\n  severity:\n    size-budget: info\u2003\n", "check:\n  severity:\n    size-budget: info\u2028  x: y\n"}) {
            same(f);
        }
    }

    @Test
    void generatedFilesReadTheSame() throws IOException {
        // the file's real shape, with a near miss now and then: a wrong indent, an unknown key, a tab, a list
        String[][] shape = {{"state"}, {"worklog"}, {"dates", "date-format", "time-format"}, {"decisions", "style"},
                {"progress", "bar-width", "filled", "empty"}, {"check", "severity", "size-budget", "worklog-stale-after"},
                {"lock", "timeout"}, {"limits", "max-bytes"}};
        String[] rules = {"size-budget", "session-stale", "date-order", "stat"};
        String[] values = {"x", "off", "OFF", "info", "warning", "error", "yes", "~", "null", "NULL", "\"\"", "''", "0", "7",
                "20", "007", "-3", "+4", "1.5", "1e3", "0x10", "99999999999", "'20'", "\"off\"", "30s", "PT5M", "P7D", "2h", "#",
                "\"#\"", "yyyy-MM-dd", "'HH:mm'", "table", "list", "[]", "{}", "a: b", "- x", ".planning/STATE.md", "\u00e9", "ab"};
        Random random = new Random(20261202);
        int byHand = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder yaml = new StringBuilder();
            for (int t = 0; t < 1 + random.nextInt(4); t++) {
                String[] top = shape[random.nextInt(shape.length)];
                if (top.length == 1) {
                    yaml.append(top[0]).append(": ").append(values[random.nextInt(values.length)]).append('\n');
                    continue;
                }
                yaml.append(random.nextInt(20) == 0 ? "unknown" : top[0]).append(":\n");
                for (int c = 0; c < 1 + random.nextInt(3); c++) {
                    String child = top[1 + random.nextInt(top.length - 1)];
                    String indent = random.nextInt(15) == 0 ? (random.nextBoolean() ? " " : "\t") : "  ";
                    if (child.equals("severity") || child.equals("size-budget") && top[0].equals("check")) {
                        yaml.append(indent).append(child).append(":\n");
                        String[] grand = child.equals("severity") ? rules : new String[] {"lines", "bytes"};
                        for (int g = 0; g < 1 + random.nextInt(2); g++) {
                            yaml.append(indent).append("  ").append(grand[random.nextInt(grand.length)]).append(": ")
                                    .append(values[random.nextInt(values.length)]).append('\n');
                        }
                    } else {
                        yaml.append(indent).append(random.nextInt(25) == 0 ? "- " : child + ": ")
                                .append(values[random.nextInt(values.length)]).append('\n');
                    }
                }
            }
            String y = yaml.toString();
            Reading hand = read(y, true);
            same(y);
            if (dev.atomstate.model.SimpleYaml.read(y) != null && hand.config() != null) {
                byHand++;
            }
        }
        assertThat(byHand).as("generated files read by hand to a config").isGreaterThan(200);
    }
}
