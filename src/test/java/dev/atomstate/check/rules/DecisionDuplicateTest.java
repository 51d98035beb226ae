package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * decision-duplicate keeps the first decision of each text by a hash of its normal form: what it finds must be what a
 * map from the normal form itself finds, also when every hash collides with others.
 */
class DecisionDuplicateTest {
    private static final String[] WORDS = {"Use", "use", "**SQLite**", "`cache`", "for", "the", "queue.", "queue", "İstanbul",
            "ISTANBUL", "straße", "STRASSE", "Σ", "ς", "决策", "  ", "\t", "keys;", "keys"};

    @Test
    void theFindingsAreThoseOfAMapOfNormalFormsWhateverTheHashes() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int repeats = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder("# Project State\n\n## Decisions\n\n");
            int count = random.nextInt(1, 40);
            String[] pool = new String[random.nextInt(1, 8)];
            for (int p = 0; p < pool.length; p++) {
                StringBuilder d = new StringBuilder();
                int words = random.nextInt(2, 6);
                for (int w = 0; w < words; w++) {
                    d.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                pool[p] = d.toString().strip();
            }
            for (int k = 0; k < count; k++) {
                if (k == count / 2) {
                    text.append("\n## Key Decisions (v2)\n\n"); // a second section: the same text there is no repeat
                }
                String d = pool[random.nextInt(pool.length)];
                // the same decision as written again: another case, emphasis, spacing, a final period
                switch (random.nextInt(5)) {
                    case 0 -> d = d.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> d = "**" + d + "**";
                    case 2 -> d = d.replace(" ", "  ");
                    case 3 -> d = d + ".";
                    default -> { }
                }
                text.append("- ").append(d).append('\n');
            }
            ParsedState state = StateParser.parse("STATE.md", text.toString());
            List<String> expected = byMap(state);
            repeats += expected.size();
            assertThat(findings(new DecisionDuplicate(), state)).as("%s", text).isEqualTo(expected);
            assertThat(findings(new DecisionDuplicate(0x3L), state)).as("four hashes: %s", text).isEqualTo(expected);
            assertThat(findings(new DecisionDuplicate(0L), state)).as("one hash: %s", text).isEqualTo(expected);
        }
        assertThat(repeats).as("the texts repeat often enough to test anything").isGreaterThan(300);
    }

    private static List<String> findings(Rule rule, ParsedState state) {
        List<String> out = new ArrayList<>();
        rule.check(state, (line, column, message) -> out.add(line + ":" + column + " " + message));
        return out;
    }

    /** The rule as a map from (section, normal form) to the first line would say it. */
    private static List<String> byMap(ParsedState state) {
        Map<String, Integer> first = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Decision d : state.model().decisions()) {
            String key = DecisionDuplicate.normal(d.text());
            if (key.length() < 8) {
                continue;
            }
            var section = state.doc().sectionAt(d.line() - 1);
            Integer seen = first.putIfAbsent((section == null ? -1 : section.headingLine()) + "|" + key, d.line());
            if (seen != null) {
                out.add(d.line() + ":1 this decision is already recorded at line " + seen + "; delete the repeat");
            }
        }
        return out;
    }
}
