package dev.atomstate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Scratch directories for tests that cannot take a JUnit {@code @TempDir} (loops over the corpus, static
 * helpers). Each is deleted when the test JVM exits, so a run of the suite leaves nothing behind in the
 * system's temporary folder: a thousand corpus copies per run filled it on a long-lived machine.
 */
public final class Scratch {
    private static final List<Path> MADE = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Scratch::deleteAll, "scratch-cleanup"));
    }

    private Scratch() {
    }

    /** A new empty directory under the system's temporary folder, removed with its contents at exit. */
    public static Path dir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            synchronized (MADE) {
                MADE.add(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty file in its own scratch directory, removed at exit. */
    public static Path file(String prefix, String suffix) {
        try {
            return Files.createTempFile(dir(prefix), prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        List<Path> all;
        synchronized (MADE) {
            all = new ArrayList<>(MADE);
        }
        for (Path dir : all) {
            deleteTree(dir);
        }
    }

    /** Deletes a tree without following links out of it; what cannot be deleted is left, never fatal at exit. */
    static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    dir.toFile().setWritable(true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort at exit: a leftover in the temporary folder is not a test failure
        }
    }
}
