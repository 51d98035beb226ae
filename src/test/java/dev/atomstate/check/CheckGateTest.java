package dev.atomstate.check;

import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Severity from .atomstate.yml, suppression comments, --fail-on, several files, the github format. */
class CheckGateTest {
    @TempDir
    Path dir;

    private static String fixture(String rule, String file) throws Exception {
        return Files.readString(RuleFixturesTest.root().resolve(rule).resolve(file));
    }

    private CliRun.Result check(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.run(dir, Map.of("ATOMSTATE_NOW", RuleFixturesTest.NOW), all);
    }

    @Test
    void severityFromConfigRaisesLowersOrSwitchesOff() throws Exception {
        Files.writeString(dir.resolve("STATE.md"), fixture("velocity-total", "trigger.md"));
        assertThat(check("STATE.md").exit()).as("warning by default: passes").isZero();
        assertThat(check("--fail-on", "warning", "STATE.md").exit()).isEqualTo(1);

        Files.writeString(dir.resolve(".atomstate.yml"), "check:\n  severity:\n    velocity-total: error\n");
        CliRun.Result raised = check("STATE.md");
        assertThat(raised.exit()).isEqualTo(1);
        assertThat(raised.out()).contains("error Total plans completed says 3");

        Files.writeString(dir.resolve(".atomstate.yml"), "check:\n  severity:\n    velocity-total: 'off'\n");
        assertThat(check("STATE.md").out()).isEqualTo("no problems in 1 file\n");

        Files.writeString(dir.resolve(".atomstate.yml"), "check:\n  severity:\n    velocity-total: info\n");
        CliRun.Result info = check("--fail-on", "warning", "STATE.md");
        assertThat(info.exit()).isZero();
        assertThat(info.out()).contains("info Total plans completed").contains("1 info");
    }

    @Test
    void sizeBudgetFromConfig() throws Exception {
        Files.writeString(dir.resolve("STATE.md"), fixture("size-budget", "clean.md"));
        assertThat(check("STATE.md").out()).isEqualTo("no problems in 1 file\n");
        Files.writeString(dir.resolve(".atomstate.yml"), "check:\n  size-budget:\n    lines: 40\n");
        assertThat(check("STATE.md").out()).contains("STATE.md:41:1: warning file has 69 lines").contains("budget 40 lines");
    }

    @Test
    void disableNextLineSilencesOneLineAndOnlyTheNamedRules() throws Exception {
        String text = fixture("table-shape", "trigger.md");
        String orphan = "| orphan | row |\n";
        Files.writeString(dir.resolve("STATE.md"), text.replace(orphan, "<!-- atomstate-disable-next-line table-shape -->\n" + orphan));
        CliRun.Result r = check("STATE.md");
        assertThat(r.out()).doesNotContain("outside any table").contains("separator row out of place").contains("row has 3 cells");

        Files.writeString(dir.resolve("STATE.md"), text.replace(orphan, "<!-- atomstate-disable-next-line focus-mismatch -->\n" + orphan));
        assertThat(check("STATE.md").out()).as("another rule named: still reported").contains("outside any table");

        Files.writeString(dir.resolve("STATE.md"), text.replace(orphan, "<!-- atomstate-disable-next-line -->\n" + orphan));
        assertThat(check("STATE.md").out()).as("no rule named: all rules").doesNotContain("outside any table");
    }

    @Test
    void disableEnableSilencesARegion() throws Exception {
        String text = fixture("placeholder-left", "trigger.md")
                .replace("### Pending Todos", "<!-- atomstate-disable placeholder-left, table-shape -->\n### Pending Todos")
                .replace("## Session Continuity", "<!-- atomstate-enable placeholder-left -->\n## Session Continuity");
        Files.writeString(dir.resolve("STATE.md"), text);
        CliRun.Result r = check("STATE.md");
        assertThat(r.out()).contains("template placeholder").doesNotContain("None yet.").doesNotContain("stray");
    }

    @Test
    void severalFilesAndFoldersInOneRunGroupedByFile() throws Exception {
        Files.createDirectories(dir.resolve("a/.planning"));
        Files.createDirectories(dir.resolve("b/.planning"));
        Files.writeString(dir.resolve("a/.planning/STATE.md"), fixture("progress-bar", "trigger.md"));
        Files.writeString(dir.resolve("b/.planning/STATE.md"), fixture("decision-duplicate", "trigger.md"));
        Files.writeString(dir.resolve("c.md"), fixture("progress-bar", "clean.md"));
        CliRun.Result r = check(".", "c.md");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("a/.planning/STATE.md\n  a/.planning/STATE.md:17:")
                .contains("\nb/.planning/STATE.md\n  b/.planning/STATE.md:55:1: warning")
                .endsWith("2 problems (1 error, 1 warning) in 3 files\n");
    }

    @Test
    void githubAnnotations() throws Exception {
        Files.writeString(dir.resolve("STATE.md"), fixture("progress-percent", "trigger.md"));
        CliRun.Result r = check("--format", "github", "STATE.md");
        assertThat(r.out()).isEqualTo("::error file=STATE.md,line=17,col=24,title=atomstate progress-percent::progress says 40%25 but 4/12 is 33%25; write 33%25\n");
        assertThat(r.exit()).isEqualTo(1);
    }
}
