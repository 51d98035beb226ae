package dev.atomstate.cli;

import dev.atomstate.render.CommandDoc;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The root help groups the commands as the README's command index does: every command in exactly one group, in both. */
class HelpIndexTest {
    @Test
    void everyCommandIsInExactlyOneGroup() {
        List<String> grouped = new ArrayList<>();
        RootCommand.groups().forEach(g -> grouped.addAll(g.commands()));
        assertThat(grouped).as("commands of the help's groups").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(RootCommand.COMMANDS.keySet());
    }

    @Test
    void theGroupsAreTheReadmesIndex() throws IOException {
        Map<String, String> rows = readmeIndex();
        List<String> titles = RootCommand.groups().stream().map(g -> g.title().toLowerCase(Locale.ROOT)).toList();
        assertThat(rows.keySet()).as("the README index's rows, in order").containsExactlyElementsOf(titles);
        for (CommandDoc.Group g : RootCommand.groups()) {
            String row = rows.get(g.title().toLowerCase(Locale.ROOT));
            for (String command : g.commands()) {
                assertThat(row).as("README index row '%s' names %s", g.title(), command).containsPattern("`" + command + "[` ]");
            }
        }
    }

    @Test
    void theRootHelpShowsTheGroupsInOrder(@TempDir Path dir) {
        String out = CliRun.run(dir, "--help").out();
        int at = 0;
        for (CommandDoc.Group g : RootCommand.groups()) {
            int title = out.indexOf("  " + g.title() + ":\n", at);
            assertThat(title).as("group '%s' after the previous one", g.title()).isGreaterThan(at);
            for (String command : g.commands()) {
                assertThat(out.indexOf("\n    " + command + " ", title)).as("%s under '%s'", command, g.title()).isGreaterThan(title);
            }
            at = title;
        }
    }

    /** The README's "| to… | command |" table: first cell (lower case) → second cell. */
    static Map<String, String> readmeIndex() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("| to… | command |");
        assertThat(start).as("the README's command index").isNotNegative();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split(" \\| ", 2);
            rows.put(cells[0].substring(1).strip().toLowerCase(Locale.ROOT), cells[1]);
        }
        return rows;
    }
}
