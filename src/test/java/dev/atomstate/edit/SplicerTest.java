package dev.atomstate.edit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplicerTest {

    @Test
    void noEditsGiveTheSameText() {
        assertThat(Splicer.apply("a\r\nb", List.of())).isEqualTo("a\r\nb");
    }

    @Test
    void nonOverlappingEditsApplyInAnyOrder() {
        String text = "Plan: 2 of 4\nStatus: x\n";
        TextEdit plan = new TextEdit(6, 7, "3", "plan");
        TextEdit status = new TextEdit(21, 22, "In progress", "status");
        String expected = "Plan: 3 of 4\nStatus: In progress\n";
        assertThat(Splicer.apply(text, List.of(plan, status))).isEqualTo(expected);
        assertThat(Splicer.apply(text, List.of(status, plan))).isEqualTo(expected);
    }

    @Test
    void replacementsMayChangeLength() {
        assertThat(Splicer.apply("abc", List.of(new TextEdit(1, 2, "XYZ", "grow"), new TextEdit(2, 3, "", "shrink"))))
                .isEqualTo("aXYZ");
    }

    @Test
    void insertsAtTheStartTheEndAndBetweenReplacements() {
        String text = "b\n";
        assertThat(Splicer.apply(text, List.of(TextEdit.insert(0, "a\n", "top"), TextEdit.insert(2, "c\n", "end"))))
                .isEqualTo("a\nb\nc\n");
        // an insert right where a replacement starts goes before it
        assertThat(Splicer.apply("xy", List.of(new TextEdit(1, 2, "Y", "r"), TextEdit.insert(1, "+", "i"))))
                .isEqualTo("x+Y");
    }

    @Test
    void insertsAtTheSameOffsetKeepTheirOrder() {
        assertThat(Splicer.apply("|", List.of(TextEdit.insert(1, "a", "1"), TextEdit.insert(1, "b", "2"), TextEdit.insert(1, "c", "3"))))
                .isEqualTo("|abc");
    }

    @Test
    void overlappingEditsAreRefused() {
        assertThatThrownBy(() -> Splicer.apply("abcdef", List.of(new TextEdit(1, 4, "x", "one"), new TextEdit(3, 5, "y", "two"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("overlapping");
    }

    @Test
    void anInsertInsideAReplacedRangeIsRefused() {
        assertThatThrownBy(() -> Splicer.apply("abcdef", List.of(new TextEdit(1, 4, "x", "r"), TextEdit.insert(2, "i", "i"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void editsPastTheEndAreRefused() {
        assertThatThrownBy(() -> Splicer.apply("abc", List.of(new TextEdit(2, 9, "x", "far"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("far");
    }

    @Test
    void textEditRefusesBackwardsRanges() {
        assertThatThrownBy(() -> new TextEdit(3, 2, "", "bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextEdit(-1, 2, "", "bad")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void untouchedBytesIncludingCrlfAndTrailingSpacesStay() {
        String text = "A: 1  \r\nB: 2\r\n\r\nC: 3";
        String out = Splicer.apply(text, List.of(new TextEdit(text.indexOf('2'), text.indexOf('2') + 1, "20", "b")));
        assertThat(out).isEqualTo("A: 1  \r\nB: 20\r\n\r\nC: 3");
    }
}
