package dev.atomstate.app.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atomstate.edit.Change;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.testing.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our entries go in and out of a settings file as splices: the user's own bytes never change. */
class HookSettingsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** Settings people write: other keys, their own hooks (also under our events), other indentation and line breaks. */
    static Stream<String> userSettings() {
        return Stream.of(
                """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)", "Read(~/.zshrc)"],
                    "deny": ["Read(./.env)"]
                  },
                  "hooks": {
                    "PreToolUse": [
                      {
                        "matcher": "Bash",
                        "hooks": [{ "type": "command", "command": "./scripts/check-bash.sh" }]
                      }
                    ],
                    "PostToolUse": [
                      { "matcher": "Edit|Write", "hooks": [{ "type": "command", "command": "npx prettier --write" }] }
                    ]
                  },
                  "env": { "FOO": "bär" }
                }
                """,
                "{\r\n    \"model\": \"opus\",\r\n    \"hooks\": {}\r\n}\r\n",
                "{\n\t\"theme\": \"dark\"\n}",
                "{\"compact\": true, \"hooks\": {\"SessionStart\": []}}\n",
                "{}\n",
                "  {\n  }  \n");
    }

    @ParameterizedTest
    @MethodSource("userSettings")
    void installKeepsEveryUserByteAndAddsOnlyOurEntries(String user) throws Exception {
        for (AgentClient client : AgentClient.values()) {
            Change change = HookSettings.install("settings.json", user, client, "atomstate");
            String after = change.apply(user);
            assertThat(after).as("%s: valid JSON", client).satisfies(a -> JSON.readTree(a));
            // only insertions: the user's text is the new text with our additions taken out, in order, byte for byte
            assertThat(Texts.isSubsequence(user, after)).as("%s: every user byte kept, in order:\n%s", client, after).isTrue();
            assertThat(userKeysOf(after, client)).as("%s: the user's settings, as values", client).isEqualTo(userKeysOf(user, client));
            assertThat(after).contains("atomstate agent guard " + client.id).contains("atomstate agent context " + client.id);
            assertThat(after.contains("\"statusLine\"")).isEqualTo(client == AgentClient.CLAUDE);
            assertThat(after.contains("\r\n")).as("the file's own line breaks").isEqualTo(user.contains("\r\n"));

            Change again = HookSettings.install("settings.json", after, client, "atomstate");
            assertThat(again.isNoop()).as("%s: a second install changes nothing", client).isTrue();

            Change removed = HookSettings.uninstall("settings.json", after, client);
            assertThat(removed.apply(after)).as("%s: uninstall gives back the user's file", client).isEqualTo(expectedAfterRoundTrip(user));
        }
    }

    /**
     * The round trip is exact but for empty containers, which cannot be told from ones we made once they are filled:
     * a root "{\n  }" comes back "{}", and an empty hooks object or list is removed with our last entry in it (to the
     * clients, an empty one and none are the same).
     */
    private static String expectedAfterRoundTrip(String user) {
        return user.replace("  {\n  }  \n", "  {}  \n")
                .replace(",\r\n    \"hooks\": {}", "")
                .replace(", \"hooks\": {\"SessionStart\": []}", "");
    }

    @Test
    void theUsersOwnHooksUnderOurEventsStayAndOursGoAfterThem() throws Exception {
        String user = userSettings().findFirst().orElseThrow();
        String after = HookSettings.install("settings.json", user, AgentClient.CLAUDE, "atomstate").apply(user);
        JsonNode pre = JSON.readTree(after).at("/hooks/PreToolUse");
        assertThat(pre).hasSize(2);
        assertThat(pre.get(0).at("/hooks/0/command").asText()).isEqualTo("./scripts/check-bash.sh");
        assertThat(pre.get(1).get("matcher").asText()).isEqualTo("Edit|MultiEdit|Write");
        assertThat(pre.get(1).at("/hooks/0/command").asText()).isEqualTo("atomstate agent guard claude");
        assertThat(JSON.readTree(after).at("/hooks/SessionStart/0/matcher").asText()).isEqualTo("startup|resume|clear|compact");
        assertThat(JSON.readTree(after).at("/statusLine/command").asText()).isEqualTo("atomstate status --line");
        // indented like its neighbours
        assertThat(after).contains("\n      {\n        \"matcher\": \"Edit|MultiEdit|Write\",\n        \"hooks\": [\n          {\n");
    }

    @Test
    void aStatusLineOfTheUsersIsNeverReplaced() throws Exception {
        String user = "{\n  \"statusLine\": {\n    \"type\": \"command\",\n    \"command\": \"~/.claude/statusline.sh\"\n  }\n}\n";
        Change change = HookSettings.install("settings.json", user, AgentClient.CLAUDE, "atomstate");
        String after = change.apply(user);
        assertThat(JSON.readTree(after).at("/statusLine/command").asText()).isEqualTo("~/.claude/statusline.sh");
        assertThat(change.notes()).anySatisfy(n -> assertThat(n).startsWith("statusLine is your own ('~/.claude/statusline.sh'); left as it is"));
        assertThat(HookSettings.uninstall("settings.json", after, AgentClient.CLAUDE).apply(after)).isEqualTo(user);
    }

    @Test
    void uninstallTakesOurHandlerOutOfAGroupTheUserSharesWithIt() throws Exception {
        String user = """
                {
                  "hooks": {
                    "PreToolUse": [
                      {
                        "matcher": "Edit|Write",
                        "hooks": [
                          { "type": "command", "command": "./mine.sh" },
                          { "type": "command", "command": "/opt/bin/atomstate agent guard claude" }
                        ]
                      }
                    ]
                  }
                }
                """;
        assertThat(HookSettings.install("s", user, AgentClient.CLAUDE, "atomstate").notes())
                .contains("hooks.PreToolUse already runs atomstate agent guard claude; left as it is");
        String removed = HookSettings.uninstall("s", user, AgentClient.CLAUDE).apply(user);
        assertThat(removed).isEqualTo(user.replace(",\n          { \"type\": \"command\", \"command\": \"/opt/bin/atomstate agent guard claude\" }", ""));
    }

    @Test
    void aLauncherIsWrittenAsGivenAndFoundAgainByUninstall() throws Exception {
        String after = HookSettings.install("s", "{}", AgentClient.GEMINI, "java -jar \"/opt/my tools/atomstate.jar\"").apply("{}");
        assertThat(JSON.readTree(after).at("/hooks/BeforeTool/0/hooks/0/command").asText())
                .isEqualTo("java -jar \"/opt/my tools/atomstate.jar\" agent guard gemini");
        assertThat(HookSettings.uninstall("s", after, AgentClient.GEMINI).apply(after)).isEqualTo("{}");
        assertThat(AgentClient.isLauncher("atomstate")).isTrue();
        assertThat(AgentClient.isLauncher("/usr/local/bin/atomstate")).isTrue();
        assertThat(AgentClient.isLauncher("rm -rf /")).isFalse();
    }

    @Test
    void aNewFileIsOurEntriesAlone() throws Exception {
        String created = HookSettings.install(".claude/settings.json", "", AgentClient.CLAUDE, "atomstate").apply("");
        assertThat(created).startsWith("{\n  \"hooks\": {\n    \"PreToolUse\": [\n").endsWith("\n}\n");
        assertThat(JSON.readTree(created).fieldNames()).toIterable().containsExactly("hooks", "statusLine");
        assertThat(HookSettings.uninstall("s", "", AgentClient.CLAUDE).isNoop()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AgentClient.class)
    void aFileThatIsNotASettingsObjectIsRefused(AgentClient client) {
        assertThatThrownBy(() -> HookSettings.install(".x/settings.json", "{\"hooks\": [1,", client, "atomstate"))
                .isInstanceOf(AtomstateException.class).hasMessageStartingWith(".x/settings.json:1:14: not valid JSON");
        assertThatThrownBy(() -> HookSettings.install(".x/settings.json", "{\"hooks\": []}", client, "atomstate"))
                .isInstanceOf(AtomstateException.class).hasMessage(".x/settings.json: 'hooks' is not an object; fix the file first; nothing was written");
        assertThatThrownBy(() -> HookSettings.install(".x/settings.json", "[]", client, "atomstate"))
                .isInstanceOf(AtomstateException.class).hasMessageContaining("'the file' is not an object");
    }

    @Test
    void commentsInGeminiSettingsSurvive() {
        String user = "{\n  // my model\n  \"model\": {\"name\": \"gemini-2.5-pro\"} /* pinned */\n}\n";
        String after = HookSettings.install("s", user, AgentClient.GEMINI, "atomstate").apply(user);
        assertThat(Texts.isSubsequence(user, after)).isTrue();
        assertThat(after).contains("// my model").contains("/* pinned */");
        assertThat(HookSettings.uninstall("s", after, AgentClient.GEMINI).apply(after)).isEqualTo(user);
    }

    /** The settings as values, with our entries taken out (hooks of ours, our status line) and empty hook lists dropped. */
    static JsonNode userKeysOf(String text, AgentClient client) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(stripComments(text));
        if (root.get("statusLine") != null && root.at("/statusLine/command").asText().contains("atomstate status --line")) {
            root.remove("statusLine");
        }
        if (root.get("hooks") instanceof ObjectNode hooks) {
            for (String event : List.of("PreToolUse", "SessionStart", "BeforeTool")) {
                if (hooks.get(event) instanceof com.fasterxml.jackson.databind.node.ArrayNode groups) {
                    for (int i = groups.size() - 1; i >= 0; i--) {
                        if (groups.get(i).at("/hooks/0/command").asText().startsWith("atomstate agent ")) {
                            groups.remove(i);
                        }
                    }
                    if (groups.isEmpty()) {
                        hooks.remove(event); // on both sides: a list we created, or an empty one the user had
                    }
                }
            }
            if (hooks.isEmpty()) {
                root.remove("hooks");
            }
        }
        return root;
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?m)^\\s*//.*$", "").replaceAll("/\\*.*?\\*/", "");
    }
}
