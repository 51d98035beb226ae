package dev.atomstate.safety;

import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzzers of {@link FuzzTest} with fresh seeds, for as long as {@code -Datomstate.fuzz.explore} says
 * ({@code 10m}, {@code 90s}, or an ISO duration): it does not stop at the first failure but keeps each failing
 * input under target/fuzz-failures/ with a {@code .replay.txt} holding the command that replays it, then
 * reports them all. Never part of the gate: .ci/run does not set the property. Run it with
 * {@code mvn -B -q test -Dtest=FuzzExploration -Datomstate.fuzz.explore=10m -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "atomstate.fuzz.explore", matches = ".+")
class FuzzExploration {
    @TempDir
    Path dir;

    static Duration budget() {
        String v = System.getProperty("atomstate.fuzz.explore").strip().toLowerCase(java.util.Locale.ROOT);
        if (v.startsWith("p")) {
            return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
        }
        long n = Long.parseLong(v.replaceAll("[^0-9]", ""));
        return v.endsWith("h") ? Duration.ofHours(n) : v.endsWith("m") ? Duration.ofMinutes(n) : Duration.ofSeconds(n);
    }

    @Test
    void exploreWithFreshSeeds() throws IOException {
        long deadline = System.nanoTime() + budget().toNanos();
        List<byte[]> sources = FuzzTest.sources();
        List<String> failures = new ArrayList<>();
        long[] counts = new long[3];
        int batch = 0;
        while (System.nanoTime() < deadline) {
            long seed = System.nanoTime() ^ (31L * batch++);
            for (int k = 0; k < 200 && System.nanoTime() < deadline; k++) {
                int i = k;
                byte[] random = FuzzTest.randomInput(seed, i);
                record(failures, () -> FuzzTest.readParseCheck(random, "random bytes, seed " + seed + " case " + i),
                        "random", seed, i, random, null);
                counts[0]++;
                byte[] mutated = FuzzTest.mutatedInput(sources, seed, i);
                record(failures, () -> FuzzTest.readParseCheck(mutated, "mutation, seed " + seed + " case " + i),
                        "mutation", seed, i, mutated, null);
                counts[1]++;
                if (i % 10 == 0) {
                    FuzzTest.CommandCase c = FuzzTest.commandCase(sources, seed, i);
                    Path work = Files.createDirectories(dir.resolve("s" + seed + "c" + i));
                    Path state = work.resolve("STATE.md");
                    Files.write(state, c.input());
                    String what = "seed " + seed + " case " + i + ": " + String.join(" ", c.args());
                    record(failures, () -> FuzzTest.checkCommand(work, state, c.input(), c.args(), what), "command", seed, i,
                            c.input(), c.args());
                    counts[2]++;
                }
            }
        }
        System.out.printf("FuzzExploration: %d random, %d mutation, %d command cases over %d source files in %s (scale %d): %d failing%n",
                counts[0], counts[1], counts[2], sources.size(), budget(), Processes.scale(), failures.size());
        failures.forEach(f -> System.out.println("  " + f.replace("\n", "\n    ")));
        assertThat(failures).as("failing inputs kept under target/fuzz-failures/").isEmpty();
    }

    interface Case {
        void run() throws IOException;
    }

    private static void record(List<String> failures, Case c, String fuzzer, long seed, int i, byte[] input, String[] args) {
        try {
            c.run();
        } catch (AssertionError | IOException | RuntimeException e) {
            AssertionError error = e instanceof AssertionError a ? a : new AssertionError(e.toString(), e);
            String message = FuzzTest.kept(error, fuzzer, seed, i, input, args).getMessage();
            failures.add(message.length() > 2_000 ? message.substring(0, 2_000) + " …" : message);
        }
    }
}
