package dev.atomstate.safety;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many real atomstate processes writing one file at once: no update is lost, none is applied twice, the
 * file stays valid. Real JVMs, because the lock under test is an OS lock between processes.
 */
class ConcurrentWritersTest {
    /** Lock waits in these tests are long: 50 JVMs starting on two CPUs take a while to get through. */
    static final Map<String, String> ENV = Map.of("ATOMSTATE_LOCK_TIMEOUT_MS", "300000");

    @TempDir
    Path dir;

    static String fixture() throws IOException {
        try (InputStream in = ConcurrentWritersTest.class.getResourceAsStream("/safety/STATE.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int occurrences(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private Path logs() throws IOException {
        return Files.createDirectories(dir.resolve("logs"));
    }

    private List<String> tempFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void fiftyConcurrentDecidesAreEachRecordedExactlyOnce() throws Exception {
        int rounds = Processes.scale() >= 10 ? 3 : 1;
        Path work = Files.createDirectory(dir.resolve("work"));
        Path state = work.resolve("STATE.md");
        Files.writeString(state, fixture());
        // a sidecar left by a writer that died: its existence must neither block nor admit anyone
        Files.writeString(work.resolve(".STATE.md.lock"), "pid 999999999 since 2020-01-01T00:00:00Z\n");
        int before = StateParser.parse("STATE.md", fixture()).model().decisions().size();
        for (int round = 0; round < rounds; round++) {
            List<Processes.Running> running = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                running.add(Processes.start(work, logs(), ENV, "decide",
                        "Round " + round + " writer " + i + " chose $1 and \\1 | literally", "-f", "STATE.md"));
            }
            for (Processes.Running r : running) {
                Processes.Done d = r.await();
                assertThat(d.exit()).as("exit of pid %d: %s", r.pid(), d.err()).isZero();
                assertThat(d.err()).isEmpty();
            }
        }
        String text = Files.readString(state);
        ParsedState parsed = StateParser.parse("STATE.md", text);
        assertThat(parsed.model().decisions()).hasSize(before + 50 * rounds);
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 50; i++) {
                assertThat(occurrences(text, "Round " + round + " writer " + i + " chose $1 and \\1 | literally"))
                        .as("round %d writer %d", round, i).isEqualTo(1);
            }
        }
        // everything outside the decisions list is as it was
        String decisionsEnd = "\n### Pending Todos";
        assertThat(text.substring(text.indexOf(decisionsEnd))).isEqualTo(fixture().substring(fixture().indexOf(decisionsEnd)));
        assertThat(text.substring(0, text.indexOf("- [Phase 01]"))).isEqualTo(fixture().substring(0, fixture().indexOf("- [Phase 01]")));
        assertThat(Processes.run(work, logs(), Map.of(), "check", "-f", "STATE.md").exit()).isZero();
        assertThat(tempFiles(work)).isEmpty();
    }

    /**
     * One kind of writer in the interleaving test. An ordered writer runs its processes one after another (its
     * commands depend on each other, like completing plans in turn); the others start all at once. After
     * merging new commands, add one line each (session, block, todo…).
     */
    record Writer(String name, int count, boolean ordered, IntFunction<String[]> args, BiConsumer<String, Integer> verify) {
    }

    static final List<Writer> WRITERS = List.of(
            new Writer("decide", 16, false,
                    i -> new String[] {"decide", "Interleaved decision " + i + " keeps $& literal"},
                    (text, n) -> {
                        for (int i = 0; i < n; i++) {
                            assertThat(occurrences(text, "Interleaved decision " + i + " keeps $& literal")).as("decision %d", i).isEqualTo(1);
                        }
                    }),
            new Writer("complete-plan", 8, true,
                    i -> new String[] {"complete-plan", String.format("01-%02d", i + 2), "--duration", (i + 3) + "min"},
                    (text, n) -> {
                        assertThat(text).contains("Plan: " + (n + 1) + " of 24 in current phase");
                        assertThat(text).contains("Total plans completed: " + (n + 1));
                        for (int i = 0; i < n; i++) {
                            assertThat(occurrences(text, String.format("| Phase 01 P%02d | %d min |", i + 2, i + 3))).as("plan row %d", i).isEqualTo(1);
                        }
                    }),
            new Writer("block", 6, false,
                    i -> new String[] {"block", "Interleaved blocker " + i + " waits on $1"},
                    (text, n) -> {
                        for (int i = 0; i < n; i++) {
                            assertThat(occurrences(text, "Interleaved blocker " + i + " waits on $1")).as("blocker %d", i).isEqualTo(1);
                        }
                        assertThat(text).as("the placeholder went as a whole line").doesNotContain("\nyet.");
                    }),
            new Writer("todo add", 6, false,
                    i -> new String[] {"todo", "add", "Interleaved todo " + i},
                    (text, n) -> {
                        for (int i = 0; i < n; i++) {
                            assertThat(occurrences(text, "Interleaved todo " + i + "\n")).as("todo %d", i).isEqualTo(1);
                        }
                    }),
            // one after another: the last resume file wins (complete-plan rewrites Stopped at, not Resume file)
            new Writer("session", 4, true,
                    i -> new String[] {"session", "--resume-file", ".planning/phases/01/resume-" + i + ".md"},
                    (text, n) -> assertThat(text).contains("Resume file: .planning/phases/01/resume-" + (n - 1) + ".md"))
    );

    @Test
    void writersOfDifferentCommandsInterleavedLoseNoUpdate() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path state = work.resolve("STATE.md");
        Files.writeString(state, fixture());
        int scale = Math.min(Processes.scale(), 2);
        ExecutorService pool = Executors.newCachedThreadPool();
        try {
            List<Future<List<Processes.Done>>> all = new ArrayList<>();
            for (Writer w : WRITERS) {
                int count = w.count() * scale;
                if (w.ordered()) {
                    all.add(pool.submit(() -> {
                        List<Processes.Done> done = new ArrayList<>();
                        for (int i = 0; i < count; i++) {
                            done.add(Processes.run(work, logs(), ENV, with(w.args().apply(i))));
                        }
                        return done;
                    }));
                } else {
                    List<Processes.Running> started = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        started.add(Processes.start(work, logs(), ENV, with(w.args().apply(i))));
                    }
                    all.add(pool.submit(() -> started.stream().map(Processes.Running::await).toList()));
                }
            }
            for (int k = 0; k < WRITERS.size(); k++) {
                for (Processes.Done d : all.get(k).get()) {
                    assertThat(d.exit()).as("%s: %s", WRITERS.get(k).name(), d.err()).isZero();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        String text = Files.readString(state);
        for (Writer w : WRITERS) {
            w.verify().accept(text, w.count() * scale);
        }
        assertThat(Processes.run(work, logs(), Map.of(), "check", "-f", "STATE.md").exit()).isZero();
        assertThat(tempFiles(work)).isEmpty();
    }

    private static String[] with(String[] args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "-f";
        all[args.length + 1] = "STATE.md";
        return all;
    }
}
