package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ListItemTest {

    private static List<ListItem> items(String text) {
        Document doc = Document.parse(text);
        return ListItem.scan(doc, 0, doc.lineCount());
    }

    private static List<String> texts(String text) {
        return items(text).stream().map(i -> i.text().of(text)).toList();
    }

    @Test
    void bulletAndNumberMarkers() {
        String t = "- a\n* b\n+ c\n1. one\n2) two\n";
        assertThat(items(t)).extracting(ListItem::marker).containsExactly("-", "*", "+", "1.", "2)");
        assertThat(texts(t)).containsExactly("a", "b", "c", "one", "two");
    }

    @Test
    void notItems() {
        assertThat(items("-no space\n**bold** text\n-\n1234. too many digits\n1.no space\ntext - dash\n")).isEmpty();
    }

    @Test
    void aStarBulletFollowedByBoldIsStillAnItemButBoldAloneIsNot() {
        assertThat(texts("* **Phase 1**: x\n")).containsExactly("**Phase 1**: x");
        assertThat(texts("- **Phase 1**: x\n")).containsExactly("**Phase 1**: x");
        assertThat(items("**Phase 1**: x\n")).isEmpty();
    }

    @Test
    void checkboxesAreReadAndLeftOutOfTheText() {
        String t = "- [ ] open\n- [x] done\n- [X] Done\n- [~] dropped\n- [y] not a box\n- [ ]\n";
        List<ListItem> it = items(t);
        assertThat(it).extracting(ListItem::checkbox).containsExactly(' ', 'x', 'X', '~', null, ' ');
        assertThat(texts(t)).containsExactly("open", "done", "Done", "dropped", "[y] not a box", "");
    }

    @Test
    void continuationLinesBelongToTheItemUntilABlankLineOrAnotherItem() {
        String t = "- first\n  more of first\n  and more\n- second\n\n  after blank\n- third\n  # heading-like\n";
        List<ListItem> it = items(t);
        assertThat(it).extracting(ListItem::line).containsExactly(0, 3, 6);
        assertThat(it).extracting(ListItem::endLine).containsExactly(3, 4, 7);
    }

    @Test
    void nestedItemsCarryTheirIndentWithTabsCountingFour() {
        String t = "- top\n  - nested\n\t- tabbed\n";
        assertThat(items(t)).extracting(ListItem::indent).containsExactly(0, 2, 4);
    }

    @Test
    void textExcludesTrailingSpacesAndTheTerminator() {
        String t = "- [Phase 01]: keep it   \r\n";
        ListItem item = items(t).get(0);
        assertThat(item.text().of(t)).isEqualTo("[Phase 01]: keep it");
    }

    @Test
    void itemsInsideFencesAreSkipped() {
        assertThat(texts("```\n- fenced\n```\n- real\n")).containsExactly("real");
    }

    @Test
    void scanRespectsTheRange() {
        String t = "- a\n- b\n- c\n";
        Document doc = Document.parse(t);
        assertThat(ListItem.scan(doc, 1, 2)).extracting(ListItem::line).containsExactly(1);
    }
}
