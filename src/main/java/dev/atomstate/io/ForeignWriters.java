package dev.atomstate.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whether any process we can see still has a given file open for writing, on Linux, from {@code /proc/PID/fd} (each
 * entry stats as the file it is open on, unlinked or not) and {@code /proc/PID/fdinfo} (its open flags).
 *
 * <p>Why: once our rename has replaced a file, no open(2) can reach the old file any more, but an editor that opened it
 * just before the rename may not have written yet; its write lands on the old file after our look at it and is lost. Every
 * such editor holds a descriptor on the old file at that moment, so waiting until no process holds one open for writing,
 * then reading the old file, sees every byte that will ever reach it. Processes of other users (and platforms without
 * {@code /proc}) cannot be seen: README → Safety → Limits.
 */
final class ForeignWriters {
    private static final Path PROC = Path.of("/proc");

    private ForeignWriters() {
    }

    /** Whether {@code /proc} can be read here at all (else {@link #holding} always answers -1). */
    static boolean visible() {
        return Files.isDirectory(PROC.resolve("self/fdinfo"));
    }

    /**
     * The id of a process that has a descriptor open for writing (O_WRONLY or O_RDWR) on the file whose key is {@code key},
     * or -1 when none we may look into has — this process included: an editor may be a thread here, and our own
     * descriptors on the file are read-only.
     */
    static long holding(Object key, String fileName) {
        if (key == null || !visible()) {
            return -1;
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(PROC, ForeignWriters::isProcess)) {
            for (Path proc : procs) {
                if (holdsInProcess(proc, key, fileName)) {
                    return Long.parseLong(proc.getFileName().toString());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean isProcess(Path p) {
        String n = p.getFileName().toString();
        return !n.isEmpty() && n.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean holdsInProcess(Path proc, Object key, String fileName) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
            for (Path fd : fds) {
                if (opensFile(fd, key, fileName) && openForWriting(proc, fd.getFileName().toString())) {
                    return true;
                }
            }
        } catch (IOException | RuntimeException e) {
            // another user's process, or one that ended while we looked: nothing we can see
        }
        return false;
    }

    /** The link text is compared first (cheap; a replaced file reads as its path plus " (deleted)"), then the file key. */
    private static boolean opensFile(Path fd, Object key, String fileName) {
        try {
            String link = Files.readSymbolicLink(fd).toString();
            if (!link.endsWith("/" + fileName) && !link.endsWith("/" + fileName + " (deleted)")) {
                return false;
            }
            return key.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean openForWriting(Path proc, String fd) {
        try {
            for (String line : Files.readAllLines(proc.resolve("fdinfo").resolve(fd))) {
                if (line.startsWith("flags:")) {
                    int accessMode = Integer.parseInt(line.substring("flags:".length()).trim(), 8) & 3;
                    return accessMode == 1 || accessMode == 2;
                }
            }
        } catch (IOException | RuntimeException e) {
            // closed while we looked: it wrote what it wrote, and the read that follows sees it
        }
        return false;
    }
}
