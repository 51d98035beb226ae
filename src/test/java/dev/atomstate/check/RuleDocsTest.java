package dev.atomstate.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.render.RuleDocs;
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

/**
 * The rules' documentation is one text in three places: {@code check --list-rules} and {@code check --explain}, SARIF's
 * {@code helpUri}, and the README's Rules reference, whose headings are the anchors helpUri points at. A rule added
 * without its README section, or a section that says something else than the rule, fails here.
 */
class RuleDocsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The README's "### Rules reference": "#### `id`" → the section's text, its lines joined by single spaces. */
    static Map<String, String> readmeSections() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("### Rules reference");
        assertThat(start).as("the README's Rules reference").isNotNegative();
        Map<String, String> sections = new LinkedHashMap<>();
        String id = null;
        List<String> text = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("### "); i++) {
            String line = lines.get(i);
            if (line.startsWith("#### `") && line.endsWith("`")) {
                if (id != null) {
                    sections.put(id, String.join(" ", text).strip());
                }
                id = line.substring(6, line.length() - 1);
                text = new ArrayList<>();
            } else if (id != null && !line.isBlank()) {
                text.add(line.strip());
            }
        }
        if (id != null) {
            sections.put(id, String.join(" ", text).strip());
        }
        return sections;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Test
    void everyRuleHasItsReadmeSectionInCatalogOrderSayingWhatTheRuleSays() throws IOException {
        Map<String, String> sections = readmeSections();
        List<String> ids = RuleCatalog.all().stream().map(RuleCatalog.Entry::id).toList();
        assertThat(sections.keySet()).as("the README's rule sections").containsExactlyElementsOf(ids);
        for (RuleCatalog.Entry e : RuleCatalog.all()) {
            String section = oneLine(sections.get(e.id()));
            String severity = e.severity().name().charAt(0) + e.severity().name().substring(1).toLowerCase(Locale.ROOT);
            assertThat(section).as("README section of %s", e.id())
                    .startsWith(severity + ", " + e.scope().label() + ". ")
                    .contains(oneLine(e.explanation()))
                    .contains("Fix: " + oneLine(e.fix()));
        }
    }

    @Test
    void helpUrisPointAtTheReadmeAnchors() throws IOException {
        // GitHub's anchor for "#### `progress-percent`" is the heading text lower-cased, punctuation but '-' dropped
        Map<String, String> sections = readmeSections();
        for (String id : sections.keySet()) {
            String anchor = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
            assertThat(RuleDocs.helpUri(id)).isEqualTo(RuleDocs.README + anchor);
        }
        assertThat(RuleDocs.README).startsWith("https://").endsWith("#");
    }

    @Test
    void sarifRulesCarryTheirHelpUriAndFullDescription() throws Exception {
        Path root = RuleFixturesTest.root();
        CliRun.Result r = CliRun.run(root, Map.of("ATOMSTATE_NOW", RuleFixturesTest.NOW), "check", "--format", "sarif", "progress-percent/trigger.md");
        JsonNode rules = JSON.readTree(r.out()).path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(Rules.all().size());
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertThat(rule.path("helpUri").asText()).as(id).isEqualTo(RuleDocs.helpUri(id));
            assertThat(oneLine(rule.path("fullDescription").path("text").asText())).as(id)
                    .isEqualTo(oneLine(RuleCatalog.find(id).explanation()));
        }
    }

    @Test
    void listRulesNamesEveryRuleOnceWithItsSeverity() throws IOException {
        CliRun.Result text = CliRun.run(dir, "check", "--list-rules");
        assertThat(text.exit()).isZero();
        for (RuleCatalog.Entry e : RuleCatalog.all()) {
            assertThat(text.out()).as(e.id()).containsPattern("(?m)^  " + e.id() + " +" + e.severity().name().toLowerCase(Locale.ROOT) + " ");
        }
        JsonNode json = JSON.readTree(CliRun.run(dir, "--json", "check", "--list-rules").out());
        List<String> ids = new ArrayList<>();
        json.path("rules").forEach(n -> ids.add(n.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(RuleCatalog.all().stream().map(RuleCatalog.Entry::id).toList());
    }

    @Test
    void explainPrintsTheRuleAndItsFixAndRefusesAnUnknownOneInOneLine() {
        RuleCatalog.Entry e = RuleCatalog.find("worklog-stale");
        CliRun.Result r = CliRun.run(dir, "check", "--explain", "WORKLOG-STALE");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("worklog-stale: " + e.finds()).contains("How to fix").contains(RuleDocs.helpUri("worklog-stale"));
        assertThat(oneLine(r.out())).contains(oneLine(e.fix()));

        CliRun.Result unknown = CliRun.run(dir, "check", "--explain", "progress");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().lines().toList()).hasSize(1);
        assertThat(unknown.err()).startsWith("atomstate: no rule 'progress'").contains("progress-percent").contains("progress-bar");
    }
}
