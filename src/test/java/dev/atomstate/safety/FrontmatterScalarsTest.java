package dev.atomstate.safety;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile-input catalogue, issue 12 item 7: a string set into the frontmatter must read back as that string, in YAML
 * 1.1 (SnakeYAML, which jackson-dataformat-yaml uses) and under the YAML 1.2 core schema, whatever it looks like.
 */
class FrontmatterScalarsTest {
    @TempDir
    Path dir;

    /** Strings YAML would read as something else when plain, and a few it would not (which stay plain). */
    static final List<String> VALUES = List.of(
            "0x1F", "0X1f", "+12", "-7", "0.5", "1_000", "12:30", "1:20:30", "-1:30", "2026-02-21", "2026-2-1",
            "2026-02-21T10:15:00Z", "2026-02-21 10:15:00", "2026-02-21t10:15:00.5+01:00", "0o17", "017", "0b101", "+0b1_0",
            "1e3", "1E+3", "6.02e23", ".5", "5.", "-.inf", "+.INF", ".inf", ".NaN", ".nan", "yes", "No", "ON", "off", "y", "N",
            "true", "False", "null", "NULL", "~", "=", "<<", "0", "00", "1__2", "_", "3.1.4", "1,000",
            "Phase 2 of 4", "v1.2", "12:30 lunch", "2026-02-21 was a Saturday", "x0x1F");

    /** The YAML 1.2 core schema's resolution of a plain scalar to something other than a string. */
    static final Pattern CORE_NOT_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    @Test
    void everyValueSetIntoTheFrontmatterReadsBackAsTheSameString() throws Exception {
        Path state = dir.resolve("STATE.md");
        List<String> failures = new ArrayList<>();
        int quoted = 0;
        for (String value : VALUES) {
            Files.writeString(state, "---\nstopped_at: Phase 2\nprogress: 40\n---\n# Project State\n\n## Current Position\n\nPhase: 2 of 4\n");
            CliRun.Result r = CliRun.run(dir, "set", "-f", "STATE.md", "frontmatter.stopped_at", "--", value);
            assertThat(r.exit()).as(value + ": " + r.err()).isZero();
            String text = Files.readString(state);
            String yaml = text.substring(4, text.indexOf("\n---\n", 4) + 1);
            String line = yaml.lines().filter(l -> l.startsWith("stopped_at:")).findFirst().orElseThrow();
            String written = line.substring("stopped_at:".length()).strip();
            Map<String, Object> doc = new Yaml().load(yaml);
            Object read = doc.get("stopped_at");
            if (!(read instanceof String s) || !s.equals(value)) {
                failures.add(value + " written as " + written + ", YAML 1.1 reads " + (read == null ? "null" : read.getClass().getSimpleName() + " " + read));
            }
            boolean plain = !written.startsWith("\"") && !written.startsWith("'");
            if (plain && CORE_NOT_STRING.matcher(written).matches()) {
                failures.add(value + " written plain as " + written + ", which YAML 1.2 reads as no string");
            }
            if (!plain) {
                quoted++;
            }
            assertThat(doc.get("progress")).as("the other key is untouched").isEqualTo(40);
        }
        assertThat(failures).isEmpty();
        assertThat(quoted).as("the ordinary strings stay plain").isLessThan(VALUES.size() - 4);
    }

    @Test
    void aKeyThatHeldANumberKeepsTakingNumbersPlain() throws Exception {
        Path state = dir.resolve("STATE.md");
        Files.writeString(state, "---\nprogress: 40\n---\n# Project State\n");
        CliRun.Result r = CliRun.run(dir, "set", "frontmatter.progress", "55", "-f", "STATE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(state)).startsWith("---\nprogress: 55\n---\n");
        r = CliRun.run(dir, "set", "frontmatter.progress", "2026-02-21", "-f", "STATE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(state)).as("a date is not a number: quoted").startsWith("---\nprogress: \"2026-02-21\"\n---\n");
    }
}
