package dev.atomstate.merge;

import dev.atomstate.testing.CliRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A branch without git: commands run in-process on a copy of a state file, for the merge's own tests. */
final class Branches {
    private Branches() {
    }

    static final Map<String, String> CLOCK = Map.of("ATOMSTATE_NOW", "2026-12-01T00:00:00Z");

    static List<String[]> cmds(String[]... commands) {
        return List.of(commands);
    }

    /** {@code state} after {@code commands} (each refused command is skipped, as an agent would go on). */
    static String after(String state, List<String[]> commands) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("atomstate-branch");
            Path file = Files.createDirectories(dir.resolve(".planning")).resolve("STATE.md");
            Files.writeString(file, state, StandardCharsets.UTF_8);
            for (String[] c : commands) {
                CliRun.run(dir, CLOCK, c);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
