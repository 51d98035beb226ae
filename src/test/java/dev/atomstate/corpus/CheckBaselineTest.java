package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check} over every corpus STATE.md and the four seed STATE.md files in one run: no trace, no duplicate
 * diagnostic, and the findings per rule and per file equal the reviewed baseline in
 * src/test/resources/check-baseline.tsv. A rule change that adds or removes findings shows up as a diff of that
 * file; regenerate it with {@code -Datomstate.writeBaseline=PATH} and review the diff before committing.
 */
class CheckBaselineTest {
    /** After every date in the corpus, so that "date in the future" findings are about the files, not the clock. */
    static final String NOW = "2026-11-01T00:00:00Z";

    @Test
    void findingsPerRuleMatchTheReviewedBaseline() throws IOException {
        Shared.assumePresent();
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        for (Path p : Files.stateFiles()) {
            args.add(p.toString());
        }
        CliRun.Result r = CliRun.run(Path.of("."), Map.of("ATOMSTATE_NOW", NOW), args.toArray(String[]::new));
        assertThat(r.err()).as("stderr").isEmpty();
        assertThat(r.exit()).isIn(0, 1);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.path("unreadable")).isEmpty();

        Map<String, Integer> perRule = new TreeMap<>();
        Map<String, Integer> perFile = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode d : doc.path("diagnostics")) {
            String rule = d.path("rule").asText();
            String file = Path.of(d.path("file").asText()).getFileName().toString();
            String key = rule + ":" + file + ":" + d.path("line").asInt() + ":" + d.path("column").asInt();
            assertThat(seen.add(key)).as("reported twice: %s", key).isTrue();
            perRule.merge(rule, 1, Integer::sum);
            perFile.merge(rule + "\t" + file, 1, Integer::sum);
        }
        StringBuilder actual = new StringBuilder("# check over corpus/state and seeds 000-003 (--now " + NOW + "); reviewed, see README\n");
        perRule.forEach((rule, n) -> actual.append(rule).append('\t').append(n).append('\n'));
        actual.append("# per file\n");
        perFile.forEach((k, n) -> actual.append(k).append('\t').append(n).append('\n'));

        String write = System.getProperty("atomstate.writeBaseline");
        if (write != null) {
            java.nio.file.Files.writeString(Path.of(write), actual.toString(), StandardCharsets.UTF_8);
        }
        String expected;
        try (InputStream in = CheckBaselineTest.class.getResourceAsStream("/check-baseline.tsv")) {
            assertThat(in).as("src/test/resources/check-baseline.tsv").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(actual.toString()).as("findings against the reviewed baseline").isEqualTo(expected);
    }
}
