package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.Whitespace;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * decide passes over most decisions by a hash of their ASCII letters before it compares normal forms: whether it finds
 * the decision already recorded must be what comparing every normal form says, for texts that differ only in case,
 * emphasis, spacing, a final period, or chars that String.toLowerCase turns into ASCII letters.
 */
class DecisionRecordedTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);
    private static final String[] WORDS = {"Use", "SQLite", "for", "the", "queue", "\u212Aeep", "keep", "İndex", "index",
            "straße", "|", "#", "a|b", "决策", "1", "x", "Kafka", "key"};

    @Test
    void alreadyRecordedIsWhatComparingEveryNormalFormSays() {
        SplittableRandom random = new SplittableRandom(20261202L);
        int recorded = 0;
        int rounds = 400;
        for (int round = 0; round < rounds; round++) {
            String[] pool = new String[random.nextInt(1, 5)];
            for (int p = 0; p < pool.length; p++) {
                StringBuilder d = new StringBuilder();
                int words = random.nextInt(1, 4);
                for (int w = 0; w < words; w++) {
                    d.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                pool[p] = d.toString().strip();
            }
            StringBuilder text = new StringBuilder("# Project State\n\n## Decisions\n\n");
            int count = random.nextInt(1, 6);
            for (int k = 0; k < count; k++) {
                text.append("- ").append(variant(random, pool[random.nextInt(pool.length)])).append('\n');
            }
            String decision = variant(random, pool[random.nextInt(pool.length)]);
            ParsedState state = StateParser.parse("STATE.md", text.toString());
            Change change = RecordDecision.run(state, new RecordDecision.Options(decision, "1", null), NOW);
            boolean expected = recordedByNormalForms(state, decision);
            assertThat(change.facts().get("alreadyRecorded")).as("%s\nnew: %s", text, decision).isEqualTo(expected);
            if (expected) {
                recorded++;
            }
        }
        assertThat(recorded).as("both answers occur often").isBetween(rounds / 10, rounds - rounds / 10);
    }

    @Test
    void aLetterThatLowersToAsciiIsNotPassedOver() {
        // the Kelvin sign lowers to an ASCII k: the recorded text has no ASCII k, yet its normal form is the new one's
        ParsedState state = StateParser.parse("STATE.md", "# Project State\n\n## Decisions\n\n- \u212Aeep the queue\n- Use SQLite\n");
        Change change = RecordDecision.run(state, new RecordDecision.Options("keep the queue", "1", null), NOW);
        assertThat(change.facts().get("alreadyRecorded")).isEqualTo(true);
        assertThat(change.facts().get("line")).isEqualTo(5);
    }

    /** The same decision as written again: another case, emphasis, spacing, a final period or a look-alike letter. */
    private static String variant(SplittableRandom random, String d) {
        return switch (random.nextInt(7)) {
            case 5 -> d.replace('k', '\u212A').replace('K', '\u212A'); // the Kelvin sign: lowered, it is an ASCII k
            case 0 -> d.toUpperCase(Locale.ROOT);
            case 1 -> "**" + d + "**";
            case 2 -> d.replace(" ", "  ");
            case 3 -> d + ".";
            case 4 -> d.toLowerCase(Locale.ROOT);
            default -> d;
        };
    }

    private static boolean recordedByNormalForms(ParsedState state, String decision) {
        Set<String> forms = new HashSet<>();
        for (String form : new String[] {decision, UserText.cell(decision), UserText.itemStart(decision)}) {
            forms.add(norm(form));
        }
        for (StateModel.Decision d : state.model().decisions()) {
            if (forms.contains(norm(d.text()))) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        String t = Whitespace.collapse(s.replace("**", "")).strip().toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
