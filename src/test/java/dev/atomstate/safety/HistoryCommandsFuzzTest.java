package dev.atomstate.safety;

import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.Section;
import dev.atomstate.testing.CliRun;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compact, velocity and report on mutated planning files (the same sources, mutations and committed seeds as
 * {@link FuzzTest}, in a case space of their own so FuzzTest's cases stay what they were): every run exits 0–3
 * without a trace, a refusal writes nothing, compact is idempotent and lossless (as multisets of lines, the state
 * before = the state after + what the archive gained, apart from the headings, blank lines and table headers it
 * writes), and the report's SVG is well-formed XML whatever the file holds.
 */
class HistoryCommandsFuzzTest {
    static final String[][] COMMANDS = {
            {"compact"}, {"compact", "--keep-phases", "2"}, {"velocity"}, {"velocity", "--json"},
            {"report"}, {"report", "--format", "svg"},
    };

    @TempDir
    Path dir;

    static List<Long> seeds() throws IOException {
        return FuzzTest.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void onMutatedFiles(long seed) throws Exception {
        List<byte[]> sources = FuzzTest.sources();
        int[] exits = new int[4];
        int[] cases = FuzzTest.cases(120);
        for (int i : cases) {
            Random random = FuzzTest.caseRandom(seed, 19, i);
            byte[] source = sources.get(random.nextInt(sources.size()));
            byte[] input = random.nextInt(5) == 0 ? source : FuzzTest.Mutations.apply(source, random, 1 + random.nextInt(2));
            String[] args = COMMANDS[random.nextInt(COMMANDS.length)];
            Path work = Files.createDirectory(dir.resolve("case" + i));
            Path state = work.resolve("STATE.md");
            Files.write(state, input);
            String what = "seed " + seed + " case " + i + ": " + String.join(" ", args);
            try {
                if (args[0].equals("report") || args[0].equals("velocity")) {
                    CliRun.Result r = FuzzTest.run(work, args);
                    assertThat(r.exit()).as(what).isIn(0, 3);
                    assertThat(r.err()).as(what).doesNotContain("internal error");
                    assertThat(Files.readAllBytes(state)).as("%s reads only", what).isEqualTo(input);
                    if (r.exit() == 0 && Arrays.asList(args).contains("svg")) {
                        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
                    }
                    exits[r.exit()]++;
                    continue;
                }
                int exit = FuzzTest.checkCommand(work, state, input, args, what);
                exits[exit]++;
                Path archive = work.resolve("STATE-ARCHIVE.md");
                if (exit == 0 && Files.exists(archive)) {
                    lossless(new String(input, StandardCharsets.UTF_8), Files.readString(state), Files.readString(archive), what);
                } else if (exit != 0) {
                    assertThat(archive).as("%s: a refused compact writes no archive", what).doesNotExist();
                }
            } catch (AssertionError e) {
                throw FuzzTest.kept(e, "history-commands", seed, i, input, args);
            }
        }
        System.out.printf("HistoryCommandsFuzzTest: %d cases, exits 0/1/2/3 = %s (seed %d)%n", cases.length, Arrays.toString(exits), seed);
    }

    static void lossless(String before, String after, String archive, String what) {
        Map<String, Integer> removed = minus(count(before), count(after), what + ": the state only loses lines");
        Map<String, Integer> extra = minus(count(archive), removed, what + ": every removed line is in the archive");
        List<String> kept = Document.parse(after).lines().stream().map(Line::content).toList();
        extra.forEach((line, n) -> assertThat(line.isBlank() || Section.atxLevel(line) > 0 || line.stripLeading().startsWith("|") && kept.contains(line))
                .as("%s: '%s' in the archive was not moved and is not a heading, blank line or table header", what, line).isTrue());
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> m = new HashMap<>();
        for (Line l : Document.parse(text.startsWith("\uFEFF") ? text.substring(1) : text).lines()) {
            m.merge(l.content(), 1, Integer::sum);
        }
        return m;
    }

    private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b, String what) {
        Map<String, Integer> out = new HashMap<>(a);
        b.forEach((line, n) -> {
            int have = out.getOrDefault(line, 0);
            assertThat(have).as("%s: '%s'", what, line).isGreaterThanOrEqualTo(n);
            if (have == n) {
                out.remove(line);
            } else {
                out.put(line, have - n);
            }
        });
        return out;
    }
}
