package dev.atomstate.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real planning files in ../shared (seeds and corpus). Other people's data: read only, never copied
 * into the project. Tests that need them are skipped when ../shared is absent (a plain clone).
 */
public final class Shared {
    private Shared() {
    }

    public static Path root() {
        Path p = Path.of("..", "shared").toAbsolutePath().normalize();
        return p;
    }

    public static boolean present() {
        return Files.isDirectory(root().resolve("seeds")) && Files.isDirectory(root().resolve("corpus"));
    }

    public static void assumePresent() {
        Assumptions.assumeTrue(present(), "../shared is absent: corpus and seed tests are skipped");
    }

    /** The four STATE.md seeds (000–003). */
    public static List<Path> stateSeeds() {
        return list(root().resolve("seeds")).stream().filter(p -> p.getFileName().toString().matches("00[0-3]_.*")).toList();
    }

    /** The seed worklog (004). */
    public static Path worklogSeed() {
        return list(root().resolve("seeds")).stream().filter(p -> p.getFileName().toString().startsWith("004_")).findFirst().orElseThrow();
    }

    public static List<Path> corpus(String kind) {
        return list(root().resolve("corpus").resolve(kind));
    }

    /** Every readable file: seeds and all corpus kinds. */
    public static List<Path> all() {
        return Stream.of(list(root().resolve("seeds")), corpus("state"), corpus("worklog"), corpus("roadmap"))
                .flatMap(List::stream).toList();
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** LF line endings turned into CRLF (lines already ending in CRLF stay as they are). */
    public static String toCrlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
