package dev.atomstate.check.rules;

import dev.atomstate.safety.FixedSeed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the rules compute per item without a regex (a big file has a quarter of a million decisions) is what the
 * regexes computed: the key two decisions are compared by, and the UTF-8 size of a line. Seeded by {@link FixedSeed}.
 */
@AddLifecycleHook(FixedSeed.class)
class RuleKeysTest {
    private static final String[] FRAGMENTS = {
            "a", "Use", "Postgres", " ", "  ", "\t", "\n", "\r", "\u000B", "\u0085", "\u2028", "\u2003", "\u001C", "*", "**", "`",
            ".", ";", ",", "é", "—", "█", "İ", "\uD83D\uDE00", "\uD83D", "\uDE00", "0", "Phase 35", "Σ", "ΟΔΟΣ", "AB",
    };

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(10).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void decisionKey(@ForAll("text") String text) {
        assertThat(DecisionDuplicate.normal(text)).isEqualTo(text.replace("*", "").replace("`", "").replaceAll("\\s+", " ").strip()
                .replaceFirst("[.;]$", "").toLowerCase(Locale.ROOT));
    }

    @Property(tries = 3000)
    void utf8Size(@ForAll("text") String text) {
        assertThat(SizeBudget.utf8(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
}
