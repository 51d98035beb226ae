package dev.atomstate.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** FrontmatterSync writes values a YAML parser reads back as the same string, and touches nothing else. */
class FrontmatterSyncTest {
    static final String FILE = """
            ---
            # written by hand
            status: executing   # comment kept
            stopped_at: Completed 08-02-PLAN.md
            quoted: 'single'
            double: "double"
            progress:
              completed_plans: 5
              percent: 56
            ---

            # Project State
            """;

    static String set(String key, String value) {
        ParsedState ps = StateParser.parse("STATE.md", FILE);
        List<TextEdit> edits = new ArrayList<>();
        FrontmatterSync.of(ps, edits, new ArrayList<>()).set(key, value);
        return new Change(edits, List.of(), "", java.util.Map.of()).apply(FILE);
    }

    static JsonNode yaml(String text) throws Exception {
        String body = text.substring(4, text.indexOf("\n---\n", 4) + 1);
        return new YAMLMapper().readTree(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fixed \"quoted\" thing: done #1", "- leading dash", "key: value", "#hash", "a #b", "it's", "'x'",
            "yes", "null", "010", "1.5", "[list]", "{map}", "%percent", "@at", "`tick`", "ends with colon:", "~", "*star", "&amp", "!bang",
            "| pipe", "> gt", "tab\\tlike", "trailing space ", "ünïcödé — dash"})
    void everyValueIsReadBackAsWritten(String value) throws Exception {
        for (String key : new String[] {"stopped_at", "quoted", "double", "status"}) {
            String after = set(key, value);
            JsonNode node = yaml(after);
            assertThat(node.get(key).isTextual()).as("%s: %s is a string in\n%s", key, value, after).isTrue();
            assertThat(node.get(key).asText()).as("%s in\n%s", key, after).isEqualTo(value);
            assertThat(node.get("progress").get("percent").asInt()).isEqualTo(56);
        }
    }

    @Test
    void onlyTheValueChangesAndCommentsOrderAndQuotingSurvive() throws Exception {
        String after = set("status", "paused");
        assertThat(after).isEqualTo(FILE.replace("status: executing   # comment kept", "status: paused   # comment kept"));
        assertThat(set("quoted", "other")).contains("quoted: 'other'");
        assertThat(set("double", "other")).contains("double: \"other\"");
        assertThat(set("progress.percent", "61")).contains("  percent: 61\n");
        assertThat(yaml(set("progress.percent", "61")).get("progress").get("percent").isInt()).isTrue();
    }

    @Test
    void aKeyTheFileDoesNotHaveIsNotAdded() {
        assertThat(set("resume_file", "x.md")).isEqualTo(FILE);
    }
}
