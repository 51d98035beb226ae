package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
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
import java.util.regex.Pattern;

/**
 * Reading and safely rewriting a state file. A write holds an OS lock on a sidecar lock file across
 * read-modify-write ({@link WriteLock}), writes a temp file in the same folder, forces it to disk and moves
 * it over the original atomically; the file mode is kept and a symlink is followed to its target. A file that
 * changed between our read and our write (an editor that does not lock) is not overwritten: the update is
 * recomputed on the new content, a few times, then refused. Temp files left by a writer that was killed are
 * removed by the next writer, under the lock.
 */
public final class StateFile {
    private StateFile() {
    }

    /** Kept for callers that predate {@link IoLimits}. */
    public static final long DEFAULT_MAX_BYTES = IoLimits.DEFAULT_MAX_BYTES;
    private static final int CHANGE_RETRIES = 3;

    /** What was read: the path as given, the real path written to, the bytes and their text. */
    public record Loaded(Path path, Path target, byte[] bytes, SourceText source) {
    }

    /** Computes the new bytes from what was read; returns null when nothing is to change. */
    @FunctionalInterface
    public interface Update {
        byte[] apply(Loaded current);
    }

    /** The outcome of {@link #update}: what was read before the write, the bytes now on disk, and whether we wrote. */
    public record Result(Loaded before, byte[] after, boolean written) {
    }

    public static Loaded read(Path path) {
        return read(path, IoLimits.DEFAULTS);
    }

    public static Loaded read(Path path, long maxBytes) {
        return read(path, IoLimits.DEFAULTS.withMaxBytes(maxBytes));
    }

    public static Loaded read(Path path, IoLimits limits) {
        return read(path, path.toString(), limits);
    }

    /** Reads {@code path}; {@code name} is how messages call it (the path as the user gave it). */
    public static Loaded read(Path path, String name, IoLimits limits) {
        try {
            Path target = target(path, name);
            byte[] bytes = readBounded(target, name, limits);
            return new Loaded(path, target, bytes, SourceText.decode(name, bytes));
        } catch (NoSuchFileException e) {
            throw missing(name);
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(name + ": permission denied reading the file");
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Reads at most the limit (plus one byte to see that it is over), so a growing file cannot exhaust memory. */
    private static byte[] readBounded(Path target, String name, IoLimits limits) throws IOException {
        long size = Files.size(target);
        long max = limits.maxBytes();
        if (size <= max) {
            try (InputStream in = Files.newInputStream(target)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length <= max) {
                    return bytes;
                }
                size = Math.max(size, bytes.length);
            }
        }
        throw AtomstateException.input(name + ": " + (size > max + 1 ? size + " bytes is" : "the file is") + " over the "
                + max + "-byte limit; a state file this large is probably not one (raise the limit with " + limits.limitHint() + ")");
    }

    private static AtomstateException missing(String name) {
        return AtomstateException.input(name + ": no such file; create it with 'atomstate init', or pass -f PATH to an existing state file");
    }

    /** The real file behind {@code path} (a symlink is followed), refusing folders, devices and missing files. */
    private static Path target(Path path, String name) throws IOException {
        if (Files.isDirectory(path)) {
            throw AtomstateException.input(name + ": is a directory, not a state file; pass the file with -f");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw missing(name);
        }
        if (!Files.isRegularFile(real)) {
            throw AtomstateException.input(name + ": is not a regular file (a device, pipe or socket); pass a Markdown file with -f");
        }
        return real;
    }

    public static Result update(Path path, Update update) {
        return update(path, path.toString(), IoLimits.DEFAULTS, update);
    }

    /**
     * Locks, reads, applies {@code update}, and writes the result atomically if it differs.
     * Returns the final read state and whether the file was written.
     */
    public static Result update(Path path, String name, IoLimits limits, Update update) {
        return update(path, name, limits, WritePause.NONE, update);
    }

    /** {@link #update(Path, String, IoLimits, Update)}, held up at {@code pause}'s points (tests only pass one). */
    public static Result update(Path path, String name, IoLimits limits, WritePause pause, Update update) {
        // Only the real path is needed before the lock: the file is read once, under it.
        Path target;
        try {
            target = target(path, name);
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read (" + e.getMessage() + ")");
        }
        Path dir = folder(target);
        refuseReadOnlyFolder(dir, name);
        try (WriteLock lock = WriteLock.acquire(target, limits.lockTimeoutMs(), name)) {
            pause.at(WritePause.Point.LOCKED);
            removeOrphans(dir, target);
            Loaded current = read(path, name, limits);
            for (int attempt = 0; ; attempt++) {
                byte[] next = update.apply(current);
                if (next == null || Arrays.equals(next, current.bytes())) {
                    return new Result(current, current.bytes(), false);
                }
                byte[] now = readBytes(target, name);
                if (!Arrays.equals(sha256(now), sha256(current.bytes()))) {
                    if (attempt + 1 >= CHANGE_RETRIES) {
                        throw AtomstateException.input(name + ": the file keeps changing while we write it; nothing was written, try again");
                    }
                    current = read(path, name, limits);
                    continue;
                }
                if (!writable(target)) {
                    // checked only now: a command refused for its content, or with nothing to change, says that instead
                    throw AtomstateException.input(name + ": the file is read-only; make it writable (chmod u+w) to change it; nothing was written");
                }
                writeAtomically(target, next, name, pause);
                return new Result(current, next, true);
            }
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot write (" + e.getMessage() + "); nothing was written");
        }
    }

    private static Path folder(Path target) {
        return target.getParent() == null ? Path.of(".") : target.getParent();
    }

    /**
     * A folder without any write permission bit is refused before anything is locked (the lock file and the
     * temp file live there); a read-only file is refused when there is something to write. The bits are read,
     * not only access(2): root may write anywhere, but a file someone made read-only is a statement we respect.
     */
    private static void refuseReadOnlyFolder(Path dir, String shown) {
        if (!writable(dir)) {
            throw AtomstateException.input(shown + ": the folder " + dir + " is read-only, so no temp file can be created beside the file; nothing was written");
        }
    }

    private static boolean writable(Path p) {
        if (!Files.isWritable(p)) {
            return false;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) {
            return true;
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            return perms.contains(PosixFilePermission.OWNER_WRITE) || perms.contains(PosixFilePermission.GROUP_WRITE)
                    || perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    /** Temp files of this state file that exist while we hold the lock were left by a writer that died. */
    private static void removeOrphans(Path dir, Path target) {
        Pattern orphan = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "\\d+\\.tmp");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + target.getFileName() + ".*.tmp")) {
            for (Path p : entries) {
                if (orphan.matcher(p.getFileName().toString()).matches()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is best effort; it must not stop the update
        }
    }

    private static byte[] readBytes(Path target, String shown) {
        try {
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw AtomstateException.input(shown + ": cannot re-read before writing (" + e.getMessage() + "); nothing was written");
        }
    }

    private static void writeAtomically(Path target, byte[] bytes, String shown, WritePause pause) throws IOException {
        Path dir = folder(target);
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(shown + ": the folder is not writable, so no temp file can be created; nothing was written");
        }
        try {
            writeForced(tmp, bytes, pause);
            copyMode(target, tmp);
            pause.at(WritePause.Point.BEFORE_MOVE);
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
                writeForced(tmp, bytes, WritePause.NONE);
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
    private static void writeForced(Path tmp, byte[] bytes, WritePause pause) throws IOException {
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            // in two halves with a pause point between them, so a crash test can kill a half-written temp file
            int half = bytes.length / 2;
            writeFully(ch, ByteBuffer.wrap(bytes, 0, half));
            pause.at(WritePause.Point.TEMP_HALF_WRITTEN);
            writeFully(ch, ByteBuffer.wrap(bytes, half, bytes.length - half));
            ch.force(true);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    private static void copyMode(Path from, Path to) {
        PosixFileAttributeView src = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dst = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (src == null || dst == null) {
            return;
        }
        try {
            dst.setPermissions(src.readAttributes().permissions());
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
