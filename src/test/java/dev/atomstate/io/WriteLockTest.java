package dev.atomstate.io;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The lock's sidecar names its holder's start as Instant.toString would, without the ISO formatter. */
class WriteLockTest {
    @Test
    void aWholeSecondIsWrittenAsInstantWritesIt() {
        SplittableRandom random = new SplittableRandom(20261202L);
        long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 50_000; i++) {
            long s = i < 200 ? i * 3_599L : random.nextLong(0, last); // whole minutes and hours among them
            assertThat(WriteLock.utcSeconds(s)).isEqualTo(Instant.ofEpochSecond(s).toString());
        }
        assertThat(WriteLock.utcSeconds(Instant.parse("2026-03-01T09:30:00Z").getEpochSecond())).isEqualTo("2026-03-01T09:30:00Z");
    }
}
