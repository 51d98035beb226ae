package dev.atomstate.parse;

import dev.atomstate.model.SimpleYaml;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SimpleYaml} may only ever say "valid" where Jackson does: held to Jackson on every frontmatter block of the
 * corpus, the seeds and the samples, and on generated blocks full of near misses. It must also say it for the
 * frontmatter our samples carry, or status would load Jackson after all.
 */
class SimpleYamlTest {
    static boolean jacksonValid(String yaml) {
        return FrontmatterYaml.jacksonProblem(yaml) == null;
    }

    static List<String> blocks(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        for (FrontmatterBlock b : Document.parse(text).frontmatter()) {
            out.add(b.yaml(text));
        }
        return out;
    }

    @Test
    void everyRealBlockItAcceptsJacksonAcceptsToo() throws IOException {
        Shared.assumePresent();
        int blocks = 0;
        int accepted = 0;
        for (Path f : Shared.all()) {
            for (String yaml : blocks(f)) {
                for (String form : List.of(yaml, Shared.toCrlf(yaml))) {
                    blocks++;
                    if (SimpleYaml.isCertainlyValid(form)) {
                        accepted++;
                        assertThat(jacksonValid(form)).as("%s: accepted by hand, so Jackson must accept it:%n%s", f, form).isTrue();
                    }
                }
            }
        }
        assertThat(blocks).isGreaterThan(40);
        // most real frontmatter is in the subset; otherwise the hand check spares nothing
        assertThat(accepted).as("%d of %d real blocks in the subset", accepted, blocks).isGreaterThan(blocks * 3 / 4);
    }

    @Test
    void theSamplesFrontmatterNeedsNoJackson() throws IOException {
        int seen = 0;
        try (Stream<Path> s = Files.walk(Path.of("planning-samples"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().equals("STATE.md")).toList()) {
                for (String yaml : blocks(f)) {
                    seen++;
                    assertThat(SimpleYaml.isCertainlyValid(yaml)).as("%s", f).isTrue();
                }
            }
        }
        assertThat(seen).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "a: b: c", "a: - b", "a:\tb", "a: b\n  c: d", "a:\n    b: 1\n  c: 2", "a: \"unclosed", "a: 'it's'", "a: &x 1",
            "a: *x", "a: !tag v", "a: |\n  text", "a: [1, 2]", "- a\nb: c", "a:\n  - x\n  y: z", "\"quoted key\": 1",
            "a: \"\\x41\"", "  a: 1", "a: x #c", "a: {b: 1}", "a: `x`", "a: @x", "a: %x", "a:\n- x\n  - y",
            "a: b\u2028c: d", "a: b\u2029", "a: b\u0085"})
    void outsideTheSubsetItAsksJackson(String yaml) {
        assertThat(SimpleYaml.isCertainlyValid(yaml)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "a: 1", "a: b\nc: d\n", "a:\n  b: 1\n  c: \"x: y\"\nd: 'it''s'", "a:\n  - x\n  - 'y'\nb: 2", "a:\n- x\n- y",
            "# c\na: 1\n\n  # indented comment\nb: -3", "a:\nb:", "k.v-x_1: a:b:c", "a: \"q \\\" and \\\\\"", "a: []\nb: {}",
            "p:\n  q:\n    r: 1\n  s: 2\nt: 3", "a: C# and F#", "a: Система предметов", "a: 2026-06-01T10:00:00.000Z"})
    void insideTheSubsetItAgreesWithJackson(String yaml) {
        assertThat(SimpleYaml.isCertainlyValid(yaml)).as(yaml).isTrue();
        assertThat(jacksonValid(yaml)).as(yaml).isTrue();
    }

    @Test
    void generatedBlocksItAcceptsJacksonAccepts() {
        String[] keys = {"a", "status", "gsd_state_version", "k.v", "x-y", "1", "-a", ".b", "a b", "\"q\"", "a:b"};
        String[] values = {"", "1", "-2", "v1.2", "\"x: y\"", "'it''s'", "'it's'", "\"a\\\"b\"", "\"a\\n\"", "a: b", "- x", "x #c",
                "C#", "[]", "{}", "[a]", "&a x", "*a", "!t x", "|", ">", "~", "null", "yes", "a:b", "x:", "?x", ":x", "@x", "`x`",
                "%x", "\u00e9t\u00e9", "\u2014", "\"\"", "''", "\"unclosed", "'", "\ud83d\ude00", "\u0085", "\ufeff", "x\u0007"};
        String[] indents = {"", "", "", "  ", "  ", "    ", " ", "   ", "\t"};
        Random random = new Random(20261202);
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int i = 0; i < lines; i++) {
                String indent = indents[random.nextInt(indents.length)];
                int kind = random.nextInt(10);
                if (kind == 0) {
                    yaml.append(indent).append("# note");
                } else if (kind == 1) {
                    yaml.append("");
                } else if (kind <= 3) {
                    yaml.append(indent).append("- ").append(values[random.nextInt(values.length)]);
                } else {
                    String v = values[random.nextInt(values.length)];
                    yaml.append(indent).append(keys[random.nextInt(keys.length)]).append(':').append(v.isEmpty() ? "" : " " + v);
                }
                yaml.append(random.nextInt(8) == 0 ? "\r\n" : "\n");
            }
            String y = yaml.toString();
            if (SimpleYaml.isCertainlyValid(y)) {
                accepted++;
                assertThat(jacksonValid(y)).as("accepted by hand, so Jackson must accept it:%n%s", y).isTrue();
            }
        }
        assertThat(accepted).as("the generator reaches the subset often enough to test it").isGreaterThan(1_000);
    }
}
