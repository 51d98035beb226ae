package dev.atomstate.io;

import java.io.File;
import java.io.IOException;
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
     *
     * <p>This runs once per write over every descriptor of every process, so it is kept plain: names listed as strings
     * ({@link File#list}: no Path per entry, and null rather than an exception for a process we may not look into or
     * that has ended), and one readlink per descriptor, whose text rules out nearly all of them before any stat.
     */
    static long holding(Object key, String fileName) {
        if (key == null || !visible()) {
            return -1;
        }
        String[] procs = PROC.toFile().list();
        if (procs == null) {
            return -1;
        }
        String named = "/" + fileName;
        String replaced = named + " (deleted)";
        try {
            for (String pid : procs) {
                if (isProcess(pid) && holdsInProcess("/proc/" + pid, key, named, replaced)) {
                    return Long.parseLong(pid);
                }
            }
        } catch (RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static boolean isProcess(String n) {
        if (n.isEmpty()) {
            return false;
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsInProcess(String proc, Object key, String named, String replaced) {
        String fdDir = proc + "/fd";
        // null: another user's process, or one that ended while we looked: nothing we can see
        String[] fds = new File(fdDir).list();
        if (fds == null) {
            return false;
        }
        for (String fd : fds) {
            Path link = Path.of(fdDir, fd);
            if (opensFile(link, key, named, replaced) && openForWriting(proc, fd)) {
                return true;
            }
        }
        return false;
    }

    /** The link text is compared first (cheap; a replaced file reads as its path plus " (deleted)"), then the file key. */
    private static boolean opensFile(Path fd, Object key, String named, String replaced) {
        try {
            String link = Files.readSymbolicLink(fd).toString();
            if (!link.endsWith(named) && !link.endsWith(replaced)) {
                return false;
            }
            return key.equals(Files.readAttributes(fd, BasicFileAttributes.class).fileKey());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean openForWriting(String proc, String fd) {
        try {
            for (String line : Files.readAllLines(Path.of(proc, "fdinfo", fd))) {
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
