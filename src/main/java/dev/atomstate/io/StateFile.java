package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Set;

/**
 * Reading and safely rewriting a state file. A write holds an OS lock on a sidecar lock file across
 * read-modify-write, writes a temp file in the same folder, forces it to disk and moves it over the original
 * atomically; the file mode is kept and a symlink is followed to its target. A file that changed between
 * our read and our write (an editor that does not lock) is not overwritten: the update is recomputed on
 * the new content, a few times, then refused.
 */
public final class StateFile {
    private StateFile() {
    }

    /** Files larger than this are refused: a planning file of 8 MiB is a mistake, not a plan. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    private static final int CHANGE_RETRIES = 3;

    /** What was read: the path as given, the real path written to, the bytes and their text. */
    public record Loaded(Path path, Path target, byte[] bytes, SourceText source) {
    }

    /** Computes the new bytes from what was read; returns null when nothing is to change. */
    @FunctionalInterface
    public interface Update {
        byte[] apply(Loaded current);
    }

    public static Loaded read(Path path) {
        return read(path, maxBytes());
    }

    public static Loaded read(Path path, long maxBytes) {
        String name = path.toString();
        try {
            Path target = target(path);
            long size = Files.size(target);
            if (size > maxBytes) {
                throw AtomstateException.input(name + ": " + size + " bytes is over the " + maxBytes
                        + "-byte limit (ATOMSTATE_MAX_BYTES); a state file this large is probably not one");
            }
            byte[] bytes = Files.readAllBytes(target);
            return new Loaded(path, target, bytes, SourceText.decode(name, bytes));
        } catch (NoSuchFileException e) {
            throw AtomstateException.input(name + ": no such file; pass -f PATH to an existing state file");
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(name + ": permission denied reading the file");
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** The real file behind {@code path} (a symlink is followed), refusing folders and missing files. */
    private static Path target(Path path) throws IOException {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw AtomstateException.input(name + ": is a directory, not a state file; pass the file with -f");
        }
        try {
            return path.toRealPath();
        } catch (NoSuchFileException e) {
            throw AtomstateException.input(name + ": no such file; pass -f PATH to an existing state file");
        }
    }

    private static long maxBytes() {
        String env = System.getenv("ATOMSTATE_MAX_BYTES");
        if (env != null && env.matches("\\d{1,15}")) {
            return Long.parseLong(env);
        }
        return DEFAULT_MAX_BYTES;
    }

    /**
     * Locks, reads, applies {@code update}, and writes the result atomically if it differs.
     * Returns the final read state and whether the file was written.
     */
    public static Result update(Path path, Update update) {
        // Only the real path is needed before the lock: the file is read once, under it.
        Path target;
        try {
            target = target(path);
        } catch (IOException e) {
            throw AtomstateException.input(path + ": cannot read (" + e.getMessage() + ")");
        }
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        Path lockPath = dir.resolve("." + target.getFileName() + ".lock");
        try (FileChannel lockChannel = openLock(lockPath, path)) {
            FileLock lock = acquire(lockChannel, lockPath, path);
            try {
                writeHolder(lockChannel);
                Loaded current = read(path);
                for (int attempt = 0; ; attempt++) {
                    byte[] next = update.apply(current);
                    if (next == null || Arrays.equals(next, current.bytes())) {
                        return new Result(current, current.bytes(), false);
                    }
                    byte[] now = readBytes(target, path);
                    if (!Arrays.equals(sha256(now), sha256(current.bytes()))) {
                        if (attempt + 1 >= CHANGE_RETRIES) {
                            throw AtomstateException.input(path + ": the file keeps changing while we write it; nothing was written, try again");
                        }
                        current = read(path);
                        continue;
                    }
                    writeAtomically(target, next, path);
                    return new Result(current, next, true);
                }
            } finally {
                lock.release();
            }
        } catch (IOException e) {
            throw AtomstateException.input(path + ": cannot write (" + e.getMessage() + "); nothing was written");
        }
    }

    /** The outcome of {@link #update}: what was read before the write, the bytes now on disk, and whether we wrote. */
    public record Result(Loaded before, byte[] after, boolean written) {
    }

    private static FileChannel openLock(Path lockPath, Path shown) {
        try {
            return FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(shown + ": the folder is not writable (cannot create " + lockPath.getFileName() + "); nothing was written");
        } catch (FileSystemException e) {
            throw AtomstateException.input(shown + ": cannot create lock file " + lockPath.getFileName() + " (" + e.getReason() + "); nothing was written");
        } catch (IOException e) {
            throw AtomstateException.input(shown + ": cannot create lock file (" + e.getMessage() + "); nothing was written");
        }
    }

    private static FileLock acquire(FileChannel channel, Path lockPath, Path shown) throws IOException {
        long timeoutMs = lockTimeoutMs();
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        long sleep = 2;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // held by this same JVM (tests running commands in-process): wait like for another process
            }
            if (System.nanoTime() > deadline) {
                String holder = holder(lockPath);
                throw AtomstateException.input(shown + ": locked by another writer" + (holder.isEmpty() ? "" : " (" + holder + ")")
                        + " for over " + timeoutMs + " ms; nothing was written — try again (ATOMSTATE_LOCK_TIMEOUT_MS)");
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw AtomstateException.input(shown + ": interrupted while waiting for the lock; nothing was written");
            }
            sleep = Math.min(50, sleep * 2);
        }
    }

    private static long lockTimeoutMs() {
        String env = System.getenv("ATOMSTATE_LOCK_TIMEOUT_MS");
        if (env != null && env.matches("\\d{1,9}")) {
            return Long.parseLong(env);
        }
        return 30_000;
    }

    /** Who holds the lock is written into the lock file, so that a waiting writer can name it. */
    private static void writeHolder(FileChannel channel) throws IOException {
        String who = "pid " + ProcessHandle.current().pid();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
    }

    private static String holder(Path lockPath) {
        try {
            String s = Files.readString(lockPath, StandardCharsets.UTF_8).strip();
            return s.length() > 80 ? s.substring(0, 80) : s;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static byte[] readBytes(Path target, Path shown) {
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw AtomstateException.input(shown + ": cannot re-read before writing (" + e.getMessage() + "); nothing was written");
        }
    }

    private static void writeAtomically(Path target, byte[] bytes, Path shown) throws IOException {
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(shown + ": the folder is not writable; nothing was written");
        }
        try {
            writeForced(tmp, bytes);
            copyMode(target, tmp);
            if (!Files.isWritable(target)) {
                throw AtomstateException.input(shown + ": the file is read-only; nothing was written");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw AtomstateException.input(shown + ": this filesystem cannot replace files atomically; nothing was written");
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates {@code path} with {@code bytes}, never replacing an existing file: the bytes go to a temp file in the
     * same folder (forced to disk), which is then hard-linked to the name — a link fails when the name exists, so two
     * creators cannot both win. Where links are not supported the temp file is moved without replacing.
     */
    public static void create(Path path, byte[] bytes) {
        Path dir = path.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw AtomstateException.refused(path + " already exists; nothing was written");
            }
            Path tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".tmp");
            try {
                writeForced(tmp, bytes);
                try {
                    Files.createLink(path, tmp);
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (e instanceof java.nio.file.FileAlreadyExistsException) {
                        throw e;
                    }
                    Files.move(tmp, path);
                }
                forceDirectory(dir);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw AtomstateException.refused(path + " already exists; nothing was written");
        } catch (IOException e) {
            throw AtomstateException.input(path + ": cannot create (" + e.getMessage() + "); nothing was written");
        }
    }

    /** Writes {@code bytes} to {@code tmp} and forces them to disk before the file is given its name. */
    private static void writeForced(Path tmp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void copyMode(Path from, Path to) {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src == null || dst == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = src.readAttributes().permissions();
            dst.setPermissions(perms);
        } catch (IOException e) {
            // the mode is kept where the filesystem lets us; a failure here must not lose the update
        }
    }

    /** So that the rename itself survives a crash. Not every platform can open a directory; that is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
