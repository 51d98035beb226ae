package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UserTextTest {

    @Test
    void oneLineCollapsesEveryKindOfBreakIntoOneSpace() {
        assertThat(UserText.oneLine("t", "a\nb\r\nc\rd\te\u2028f\u2029g\u0085h")).isEqualTo("a b c d e f g h");
        assertThat(UserText.oneLine("t", "  lead and trail \n ")).isEqualTo("lead and trail");
        assertThat(UserText.oneLine("t", "many   \n\n   spaces")).isEqualTo("many spaces");
    }

    @Test
    void everythingElseIsLiteral() {
        String s = "$2 \\1 None yet. | # > [x] **b** `c` — é 😀";
        assertThat(UserText.oneLine("t", s)).isEqualTo(s);
    }

    @Test
    void controlCharactersAreRefusedByName() {
        AtomstateException e = catchThrowableOfType(() -> UserText.oneLine("--title", "a\u001bb"), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.USAGE);
        assertThat(e.getMessage()).isEqualTo("--title contains control character U+001B; remove it");
        assertThat(catchThrowableOfType(() -> UserText.oneLine("t", "\u009b"), AtomstateException.class)).isNotNull();
        assertThat(catchThrowableOfType(() -> UserText.oneLine("t", null), AtomstateException.class).getMessage()).isEqualTo("t is missing");
    }

    @Test
    void lengthLimit() {
        assertThat(UserText.oneLine("t", "x".repeat(UserText.MAX_LENGTH))).hasSize(UserText.MAX_LENGTH);
        assertThat(catchThrowableOfType(() -> UserText.oneLine("t", "x".repeat(UserText.MAX_LENGTH + 1)), AtomstateException.class)
                .getMessage()).contains("the limit is " + UserText.MAX_LENGTH);
    }

    @Test
    void cellsEscapePipesOnceEvenWhenAlreadyEscaped() {
        assertThat(UserText.cell("a | b")).isEqualTo("a \\| b");
        assertThat(UserText.cell("a \\| b")).isEqualTo("a \\| b");
        assertThat(UserText.cell("||")).isEqualTo("\\|\\|");
    }

    @Test
    void itemStartEscapesWhatWouldChangeTheItem() {
        assertThat(UserText.itemStart("# h")).isEqualTo("\\# h");
        assertThat(UserText.itemStart("> q")).isEqualTo("\\> q");
        assertThat(UserText.itemStart("[ ] box")).isEqualTo("\\[ ] box");
        assertThat(UserText.itemStart("[x] box")).isEqualTo("\\[x] box");
        assertThat(UserText.itemStart("[X] box")).isEqualTo("\\[X] box");
        assertThat(UserText.itemStart("[~] box")).isEqualTo("\\[~] box");
        assertThat(UserText.itemStart("[-]")).isEqualTo("\\[-]");
        assertThat(UserText.itemStart("[y] not a box")).isEqualTo("[y] not a box");
        assertThat(UserText.itemStart("[x]y not a box")).isEqualTo("[x]y not a box");
        assertThat(UserText.itemStart("fine # here")).isEqualTo("fine # here");
    }

    @Test
    void itemStartEscapesNestedListMarkersAndBreaks() {
        assertThat(UserText.itemStart("- nested")).isEqualTo("\\- nested");
        assertThat(UserText.itemStart("* nested")).isEqualTo("\\* nested");
        assertThat(UserText.itemStart("+ nested")).isEqualTo("\\+ nested");
        assertThat(UserText.itemStart("-")).isEqualTo("\\-");
        assertThat(UserText.itemStart("---")).isEqualTo("\\---");
        assertThat(UserText.itemStart("***")).isEqualTo("\\***");
        assertThat(UserText.itemStart("**bold** stays")).isEqualTo("**bold** stays");
        assertThat(UserText.itemStart("_ _ _")).isEqualTo("\\_ _ _");
        assertThat(UserText.itemStart("12. ordered")).isEqualTo("12\\. ordered");
        assertThat(UserText.itemStart("3) ordered")).isEqualTo("3\\) ordered");
        assertThat(UserText.itemStart("-5 degrees")).isEqualTo("-5 degrees");
        assertThat(UserText.itemStart("2026 plan")).isEqualTo("2026 plan");
        assertThat(UserText.itemStart("1.5x faster")).isEqualTo("1.5x faster");
    }
}
