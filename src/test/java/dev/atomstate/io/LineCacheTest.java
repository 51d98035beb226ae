package dev.atomstate.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The store of status --line's answers: keys that tell their parts apart, entries that are used only as written. */
class LineCacheTest {
    @TempDir
    Path dir;

    @Test
    void keysTellTheirPartsApart() {
        assertThat(new LineCache.Key().add("ab").add("c").value()).isNotEqualTo(new LineCache.Key().add("a").add("bc").value());
        assertThat(new LineCache.Key().add((String) null).value()).isNotEqualTo(new LineCache.Key().add("").value());
        assertThat(new LineCache.Key().add("1").value()).isNotEqualTo(new LineCache.Key().add("1".getBytes(StandardCharsets.UTF_8)).value());
        assertThat(new LineCache.Key().add("same").add(3).value()).isEqualTo(new LineCache.Key().add("same").add(3).value());
    }

    @Test
    void keysOfDifferentFilesDiffer() {
        // one byte changed anywhere in a file of some size changes the key
        Random random = new Random(20261202);
        byte[] file = new byte[40_000];
        random.nextBytes(file);
        Set<String> keys = new HashSet<>();
        keys.add(new LineCache.Key().add(file).value());
        for (int i = 0; i < 2000; i++) {
            byte[] changed = file.clone();
            int at = random.nextInt(changed.length);
            changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
            keys.add(new LineCache.Key().add(changed).value());
        }
        assertThat(keys).hasSize(2001);
    }

    @Test
    void anEntryIsUsedUnderItsKeyOnly() {
        Path state = dir.resolve("project/.planning/STATE.md");
        Path cache = dir.resolve("cache/atomstate/line");
        assertThat(LineCache.get(cache, state, "b1", "k1")).as("nothing kept yet").isNull();
        LineCache.put(cache, state, "b1", "k1", "Phase 2 · Plan 02-01 · 40%");
        assertThat(LineCache.get(cache, state, "b1", "k1")).isEqualTo("Phase 2 · Plan 02-01 · 40%");
        assertThat(LineCache.get(cache, state, "b1", "k2")).as("another key").isNull();
        assertThat(LineCache.get(cache, dir.resolve("other/STATE.md"), "b1", "k1")).as("another file").isNull();
        LineCache.put(cache, state, "b1", "k2", "Phase 3");
        assertThat(LineCache.get(cache, state, "b1", "k2")).isEqualTo("Phase 3");
        assertThat(LineCache.get(cache, state, "b1", "k1")).as("replaced").isNull();
        LineCache.put(cache, state, "b2", "k9", "Phase 3 by another build");
        assertThat(LineCache.get(cache, state, "b1", "k2")).as("another build's entry is its own").isEqualTo("Phase 3");
        assertThat(LineCache.get(cache, state, "b2", "k9")).isEqualTo("Phase 3 by another build");
    }

    @Test
    void anEntryThatIsNotOneThisCacheWroteIsAMiss() throws Exception {
        Path state = dir.resolve("STATE.md");
        Path cache = dir.resolve("cache");
        LineCache.put(cache, state, "b1", "k", "line");
        Path entry = LineCache.entry(cache, state, "b1");
        Files.writeString(entry, "k\nline with \u001b[31m an escape\n");
        assertThat(LineCache.get(cache, state, "b1", "k")).as("a control character is never printed").isNull();
        Files.writeString(entry, "k\nno final line break");
        assertThat(LineCache.get(cache, state, "b1", "k")).as("cut short").isNull();
        Files.write(entry, new byte[20_000]);
        assertThat(LineCache.get(cache, state, "b1", "k")).as("too big").isNull();
        Files.delete(entry);
        Path elsewhere = Files.writeString(dir.resolve("elsewhere"), "k\nline\n");
        Files.createSymbolicLink(entry, elsewhere);
        assertThat(LineCache.get(cache, state, "b1", "k")).as("a link is not followed").isNull();
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoFailure() throws Exception {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        LineCache.put(blocker.resolve("line"), dir.resolve("STATE.md"), "b1", "k", "line");
        assertThat(LineCache.get(blocker.resolve("line"), dir.resolve("STATE.md"), "b1", "k")).isNull();
        LineCache.put(dir.resolve("c"), dir.resolve("STATE.md"), "b1", "k", "two\nlines");
        assertThat(LineCache.get(dir.resolve("c"), dir.resolve("STATE.md"), "b1", "k")).as("never more than a line").isNull();
    }

    @Test
    void theFolderComesFromTheEnvironment() {
        assertThat(LineCache.dir(Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h"))).isEqualTo(Path.of("/x/atomstate/line"));
        assertThat(LineCache.dir(Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/atomstate/line"));
        assertThat(LineCache.dir(Map.of("XDG_CACHE_HOME", "relative", "HOME", "/h"))).isEqualTo(Path.of("/h/.cache/atomstate/line"));
        assertThat(LineCache.dir(Map.of("HOME", "/h", "ATOMSTATE_LINE_CACHE", "off"))).isNull();
        assertThat(LineCache.dir(Map.of())).isNull();
    }
}
