package dev.atomstate.safety;

import dev.atomstate.app.Compact;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Processes;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * compact writes two files, the archive first, then the state. A crash between the two leaves the archive written
 * and the state as it was; the next run must complete the compaction without writing anything to the archive twice.
 * Shown three ways: by writing the first half by hand (the archive the use case computes, and not the state), by
 * SIGKILLing real compact processes at random moments, and by a read-only state file, which must be refused before
 * the archive is touched.
 */
class CompactCrashTest {
    static final String EARLIER_BLOCK = "# Compacted 2026-01-20 from STATE.md\n\n## Accumulated Context\n\n### Decisions\n\n"
            + "- [Phase 37]: Hot topic retention is seven days; anything older is read from cold storage\n";

    @TempDir
    Path dir;

    /** The files one undisturbed compaction produces from {@code state} (and an archive, or none). */
    record Outcome(String state, String archive) {
    }

    Outcome reference(String state, String archive) throws IOException {
        Path scratch = Files.createTempDirectory(dir, "reference");
        Files.writeString(scratch.resolve("STATE.md"), state);
        if (archive != null) {
            Files.writeString(scratch.resolve("STATE-ARCHIVE.md"), archive);
        }
        CliRun.Result r = CliRun.run(scratch, "compact", "-f", "STATE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        Path archived = scratch.resolve("STATE-ARCHIVE.md");
        return new Outcome(Files.readString(scratch.resolve("STATE.md")), Files.exists(archived) ? Files.readString(archived) : null);
    }

    static List<Path> inputs() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("planning-samples"))) {
            s.map(d -> d.resolve(".planning/STATE.md")).filter(Files::isRegularFile).sorted().forEach(all::add);
        }
        if (Shared.present()) {
            all.addAll(Shared.stateSeeds());
        }
        return all;
    }

    @Test
    void theArchiveWrittenAndTheStateNotIsCompletedByARerunWithoutDuplicates() throws IOException {
        int cases = 0;
        for (Path input : inputs()) {
            String state = Files.readString(input);
            for (String earlier : new String[] {null, EARLIER_BLOCK}) {
                Outcome done = reference(state, earlier);
                if (done.state().equals(state)) {
                    continue; // nothing to compact in this file
                }
                // the first half of a compaction: what the use case computes for the archive, written alone
                String crashed = Compact.run(StateParser.parse("STATE.md", state), earlier,
                        new Compact.Options(1, "STATE.md", "STATE-ARCHIVE.md", 150, 16384),
                        ZonedDateTime.parse(CliRun.DEFAULT_NOW)).archiveAfter();
                Path work = Files.createTempDirectory(dir, "crashed");
                Files.writeString(work.resolve("STATE.md"), state);
                Files.writeString(work.resolve("STATE-ARCHIVE.md"), crashed);

                // the rerun, on another day: its dated heading would differ, so only content can tell what is there
                CliRun.Result r = CliRun.run(work, "compact", "-f", "STATE.md", "--now", "2026-03-05T10:00:00Z");
                String what = input + (earlier == null ? "" : " (archive with an earlier block)");
                assertThat(r.exit()).as("%s: %s", what, r.err()).isZero();
                assertThat(r.out()).as(what).contains("were already in the archive's last block");
                assertThat(Files.readString(work.resolve("STATE-ARCHIVE.md"))).as("%s: the archive is not written again", what)
                        .isEqualTo(done.archive());
                assertThat(Files.readString(work.resolve("STATE.md"))).as("%s: the state is compacted", what).isEqualTo(done.state());
                CliRun.Result again = CliRun.run(work, "compact", "-f", "STATE.md");
                assertThat(again.out()).as(what).startsWith("nothing to compact");
                cases++;
            }
        }
        assertThat(cases).as("cases run").isGreaterThanOrEqualTo(10);
    }

    /** Between the crash and the rerun someone records a decision: the rerun still writes each moved line once. */
    @Test
    void aWriteBetweenTheCrashAndTheRerunDoesNotDuplicateEither() throws IOException {
        String state = Files.readString(Path.of("planning-samples/long-running/.planning/STATE.md"));
        Outcome done = reference(state, null);
        String crashed = Compact.run(StateParser.parse("STATE.md", state), null,
                new Compact.Options(1, "STATE.md", "STATE-ARCHIVE.md", 150, 16384), ZonedDateTime.parse(CliRun.DEFAULT_NOW)).archiveAfter();
        Path work = Files.createTempDirectory(dir, "between");
        Files.writeString(work.resolve("STATE.md"), state);
        Files.writeString(work.resolve("STATE-ARCHIVE.md"), crashed);
        assertThat(CliRun.run(work, "decide", "Compaction keeps only phase 41 in the state file", "-f", "STATE.md").exit()).isZero();
        assertThat(CliRun.run(work, "compact", "-f", "STATE.md").exit()).isZero();
        assertThat(Files.readString(work.resolve("STATE-ARCHIVE.md"))).isEqualTo(done.archive());
        assertThat(Files.readString(work.resolve("STATE.md"))).contains("Compaction keeps only phase 41 in the state file")
                .doesNotContain("[Phase 38]");
    }

    @Test
    void aReadOnlyStateFileIsRefusedBeforeTheArchiveIsWritten() throws IOException {
        Path work = Files.createTempDirectory(dir, "readonly");
        Path state = work.resolve("STATE.md");
        Files.copy(Path.of("planning-samples/long-running/.planning/STATE.md"), state);
        byte[] before = Files.readAllBytes(state);
        Files.setPosixFilePermissions(state, PosixFilePermissions.fromString("r--r--r--"));
        for (String earlier : new String[] {null, EARLIER_BLOCK}) {
            if (earlier != null) {
                Files.writeString(work.resolve("STATE-ARCHIVE.md"), earlier);
            }
            CliRun.Result r = CliRun.run(work, "compact", "-f", "STATE.md");
            assertThat(r.exit()).isEqualTo(3);
            assertThat(r.err()).startsWith("atomstate: STATE.md: the file is read-only");
            assertThat(Files.readAllBytes(state)).isEqualTo(before);
            if (earlier == null) {
                assertThat(work.resolve("STATE-ARCHIVE.md")).doesNotExist();
            } else {
                assertThat(Files.readString(work.resolve("STATE-ARCHIVE.md"))).isEqualTo(earlier);
            }
        }
    }

    /**
     * Real compact processes SIGKILLed at random moments (fixed seed), with the test-only pause inside the locked
     * writes. After each kill: the archive is the old or the new one, the state is the old or the new one, and never
     * the new state beside the old archive; the next run always ends at the one-run result.
     */
    @Test
    void aKilledCompactionIsCompletedByTheNextRun() throws Exception {
        int kills = 8 * Processes.scale();
        String state = Files.readString(Path.of("planning-samples/long-running/.planning/STATE.md"));
        Outcome done = reference(state, EARLIER_BLOCK);
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Map<String, String> env = Map.of("ATOMSTATE_TEST_WRITE_DELAY_MS", Integer.toString(KilledWriterTest.DELAY_MS));
        Random random = new Random(Long.getLong("atomstate.seed", 20261201L));

        Path calibrate = fresh(state);
        long t0 = System.nanoTime();
        assertThat(Processes.run(calibrate, logs, env, "compact", "-f", "STATE.md").exit()).isZero();
        long runMs = (System.nanoTime() - t0) / 1_000_000;

        int[] outcomes = new int[3]; // nothing written, archive only, both
        for (int i = 0; i < kills; i++) {
            Path work = fresh(state);
            Processes.Running victim = Processes.start(work, logs, env, "compact", "-f", "STATE.md");
            if (i % 2 == 0) {
                Thread.sleep(random.nextInt((int) Math.max(1, runMs * 11 / 10)));
            } else {
                // aimed at the window between the two writes: the victim holds the archive's lock, then pauses
                // (DELAY_MS each) before writing, halfway through and before the move; the state write follows
                KilledWriterTest.awaitLockHeldBy(work.resolve(".STATE-ARCHIVE.md.lock"), victim, runMs * 20);
                Thread.sleep(random.nextInt(5 * KilledWriterTest.DELAY_MS));
            }
            victim.process().destroyForcibly();
            victim.process().waitFor();

            String s = Files.readString(work.resolve("STATE.md"));
            String a = Files.readString(work.resolve("STATE-ARCHIVE.md"));
            assertThat(s).as("kill %d: the state is whole", i).isIn(state, done.state());
            assertThat(a).as("kill %d: the archive is whole", i).isIn(EARLIER_BLOCK, done.archive());
            assertThat(s.equals(done.state()) && a.equals(EARLIER_BLOCK)).as("kill %d: the state never goes first", i).isFalse();
            outcomes[s.equals(done.state()) ? 2 : a.equals(EARLIER_BLOCK) ? 0 : 1]++;

            CliRun.Result rerun = CliRun.run(work, Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW, "ATOMSTATE_LOCK_TIMEOUT_MS", "2000"),
                    "compact", "-f", "STATE.md");
            assertThat(rerun.exit()).as(rerun.err()).isZero();
            assertThat(Files.readString(work.resolve("STATE.md"))).as("kill %d: rerun state", i).isEqualTo(done.state());
            assertThat(Files.readString(work.resolve("STATE-ARCHIVE.md"))).as("kill %d: rerun archive", i).isEqualTo(done.archive());
        }
        System.out.printf("CompactCrashTest: %d kills (%d ms per run): %d before any write, %d after the archive only, %d after both%n",
                kills, runMs, outcomes[0], outcomes[1], outcomes[2]);
        assertThat(Arrays.stream(outcomes).sum()).isEqualTo(kills);
    }

    private Path fresh(String state) throws IOException {
        Path work = Files.createTempDirectory(dir, "work");
        Files.writeString(work.resolve("STATE.md"), state, StandardCharsets.UTF_8);
        Files.writeString(work.resolve("STATE-ARCHIVE.md"), EARLIER_BLOCK, StandardCharsets.UTF_8);
        return work;
    }
}
