package dev.atomstate.parse;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's quick read of an item's style says what the full form's regexes say, on texts made to be near misses. */
class DecisionStyleTest {
    private static final String[] PIECES = {"[", "]", "]:", "[Phase ", "phase ", "**", "**:", ":**", "*", "35", "-02", " ",
            "\t", "Plan ", "Use SQLite", "\u0085", "\u2028", "\u2029", "决策", "x"};

    @Test
    void theQuickStyleIsTheFormsStyle() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int bracket = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(0, 9);
            for (int p = 0; p < parts; p++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            DecisionForms.Style style = DecisionForms.form(text).style();
            assertThat(DecisionForms.style(text)).as("%s", text).isEqualTo(style);
            if (style == DecisionForms.Style.BRACKET) {
                bracket++;
            }
        }
        assertThat(bracket).as("the texts reach the bracket form often enough to test it").isGreaterThan(500);
    }
}
