package dev.atomstate.parse.json;

import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTextTest {
    @Test
    void nodesKnowWhereTheyAre() {
        String text = "{\n  \"a\": [1, true, null],\n  \"b\": {\"c\": \"x\\\"y\\u00e9\"}\n}\n";
        JsonText.Obj root = (JsonText.Obj) JsonText.parse("f", text);
        assertThat(root.start()).isZero();
        assertThat(text.substring(root.start(), root.end())).isEqualTo(text.strip());
        JsonText.Member a = root.member("a");
        assertThat(text.substring(a.keyStart(), a.value().end())).isEqualTo("\"a\": [1, true, null]");
        JsonText.Arr arr = (JsonText.Arr) a.value();
        assertThat(arr.items()).extracting(n -> text.substring(n.start(), n.end())).containsExactly("1", "true", "null");
        JsonText.Obj b = (JsonText.Obj) root.get("b");
        assertThat(b.string("c")).isEqualTo("x\"yé");
        assertThat(text.substring(b.get("c").start(), b.get("c").end())).isEqualTo("\"x\\\"y\\u00e9\"");
    }

    @Test
    void commentsAndABomAreWhitespace() {
        String text = "\ufeff// settings\n{ /* one */ \"a\": 1, // two\n \"b\": \"// not a comment\" }";
        JsonText.Obj root = (JsonText.Obj) JsonText.parse("f", text);
        assertThat(root.members()).extracting(JsonText.Member::key).containsExactly("a", "b");
        assertThat(root.string("b")).isEqualTo("// not a comment");
    }

    @Test
    void theLastOfTwoSameNamedMembersWinsAsInJavaScript() {
        JsonText.Obj root = (JsonText.Obj) JsonText.parse("f", "{\"a\": 1, \"a\": \"two\"}");
        assertThat(root.string("a")).isEqualTo("two");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\": 1,}|1:9|expected a member name in quotes",
            "{\"a\" 1}|1:6|expected ':'",
            "[1 2]|1:4|expected ',' or ']'",
            "{\"a\": tru}|1:7|'tru' is not a JSON value",
            "{\"a\": \"x|1:9|a string is not closed",
            "{\"a\": 01}|1:7|'01' is not a JSON value"})
    void aBrokenFileIsRefusedWithItsLineAndColumn(String text, String where, String what) {
        assertThatThrownBy(() -> JsonText.parse("settings.json", text == null ? "" : text))
                .isInstanceOf(AtomstateException.class)
                .hasMessageStartingWith("settings.json:" + where + ": not valid JSON (" + what + ")")
                .hasMessageEndingWith("nothing was written");
    }

    @Test
    void positionsCountLines() {
        assertThatThrownBy(() -> JsonText.parse("f", "{}\n  {}")).hasMessageStartingWith("f:2:3: not valid JSON (unexpected text after the JSON value)");
        assertThatThrownBy(() -> JsonText.parse("f", "")).hasMessageStartingWith("f:1:1: not valid JSON (unexpected end of the file)");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String text = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> JsonText.parse("f", text)).isInstanceOf(AtomstateException.class).hasMessageContaining("nested more than");
    }
}
