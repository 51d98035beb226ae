package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing a file so that a reader, a crash or a second writer never sees it half done: a temp file in the same
 * folder, forced to disk, given the original's mode and moved over it atomically; a new file linked into place so it
 * never replaces one made meanwhile. The checks before a write (folder and file writable) and the cleaning up of temp
 * files a killed writer left are here too. {@link StateFile} decides when to write; this class only does it.
 */
final class AtomicWrite {
    /** The largest single read or write of a file's bytes (see {@link #writeFully}). */
    static final int IO_SLICE = 1 << 20;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private AtomicWrite() {
    }

    static Path folder(Path target) {
        return target.getParent() == null ? Path.of(".") : target.getParent();
    }

    /**
     * A folder without any write permission bit is refused before anything is locked (the lock file and the
     * temp file live there); a read-only file is refused when there is something to write. The bits are read,
     * not only access(2): root may write anywhere, but a file someone made read-only is a statement we respect.
     */
    static void refuseReadOnlyFolder(Path dir, String shown) {
        if (!writable(dir)) {
            throw AtomstateException.input(shown + ": the folder " + dir + " is read-only, so no temp file can be created beside the file; nothing was written");
        }
    }

    static boolean writable(Path p) {
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
    static void removeOrphans(Path dir, Path target) {
        String prefix = "." + target.getFileName() + ".";
        // names compared by hand: a glob or a regex would be compiled on every write for a folder that is nearly always clean
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (isTempOf(p.getFileName().toString(), prefix)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is best effort; it must not stop the update
        }
    }

    /** Whether {@code name} is {@code prefix}, one or more ASCII digits, then ".tmp": the names {@link #newTemp} gives. */
    private static boolean isTempOf(String name, String prefix) {
        int digitsEnd = name.length() - ".tmp".length();
        if (digitsEnd <= prefix.length() || !name.startsWith(prefix) || !name.endsWith(".tmp")) {
            return false;
        }
        for (int i = prefix.length(); i < digitsEnd; i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first half of a replacement: {@code bytes} in a new temp file beside {@code target}, forced to disk and given
     * the target's mode (when it exists), so that all that is left is {@link #replace}. The caller discards the temp file
     * when it does not get that far.
     */
    static Path prepare(Path target, byte[] bytes, String shown, WritePause pause) throws IOException {
        Path tmp;
        try {
            tmp = writeTemp(folder(target), target, bytes, pause);
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(shown + ": the folder is not writable, so no temp file can be created; nothing was written");
        }
        try {
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                copyMode(target, tmp);
            }
            return tmp;
        } catch (RuntimeException e) {
            discard(tmp);
            throw e;
        }
    }

    /** A new temp file for {@code target} in {@code dir} holding {@code bytes}, forced to disk and closed; removed again on failure. */
    private static Path writeTemp(Path dir, Path target, byte[] bytes, WritePause pause) throws IOException {
        while (true) {
            Path tmp = dir.resolve(tempName(target));
            FileChannel ch;
            try {
                ch = newTemp(tmp);
            } catch (FileAlreadyExistsException e) {
                continue; // another creator's temp file of the same name: draw another
            }
            try (ch) {
                writeForced(ch, bytes, pause);
                return tmp;
            } catch (IOException | RuntimeException e) {
                discard(tmp); // closed by now (the try's resource)
                throw e;
            }
        }
    }

    /**
     * {@code .NAME.<digits>.tmp}, as {@link Files#createTempFile} names them, but from {@link ThreadLocalRandom}: a name
     * only has to differ from the names of temp files that exist now (the file is created exclusively), and
     * createTempFile's SecureRandom costs a seeding from the OS and a SHA-1 provider on every cold write.
     */
    private static String tempName(Path target) {
        return "." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp";
    }

    /** Creates {@code tmp}, which must not exist, open for writing, readable by its owner only (as createTempFile makes it). */
    private static FileChannel newTemp(Path tmp) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (POSIX) {
            return FileChannel.open(tmp, options, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return FileChannel.open(tmp, options);
    }

    /** The second half: the complete temp file moved over {@code target} atomically, then the folder synced. */
    static void replace(Path tmp, Path target, String shown) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            FileTrace.written();
        } catch (AtomicMoveNotSupportedException e) {
            throw AtomstateException.input(shown + ": this filesystem cannot replace files atomically; nothing was written");
        }
        forceDirectory(folder(target));
    }

    /** Removes a temp file that was not moved into place (null: nothing to remove). */
    static void discard(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the next writer removes it under the lock
        }
    }

    /**
     * Creates {@code path} with {@code bytes}, never replacing an existing file: the bytes go to a temp file in the
     * same folder (forced to disk), which is then hard-linked to the name — a link fails when the name exists, so two
     * creators cannot both win. Where links are not supported the temp file is moved without replacing.
     */
    static void create(Path path, byte[] bytes) {
        Path dir = path.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw AtomstateException.refused(path + " already exists; nothing was written");
            }
            Path tmp = writeTemp(dir, path, bytes, WritePause.NONE);
            try {
                try {
                    Files.createLink(path, tmp);
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (e instanceof java.nio.file.FileAlreadyExistsException) {
                        throw e;
                    }
                    Files.move(tmp, path);
                }
                FileTrace.written();
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

    /** Writes {@code bytes} to the temp file open in {@code ch} and forces them to disk before the file is given its name. */
    private static void writeForced(FileChannel ch, byte[] bytes, WritePause pause) throws IOException {
        // in two halves with a pause point between them, so a crash test can kill a half-written temp file
        int half = bytes.length / 2;
        writeFully(ch, bytes, 0, half);
        pause.at(WritePause.Point.TEMP_HALF_WRITTEN);
        writeFully(ch, bytes, half, bytes.length - half);
        ch.force(true);
    }

    /**
     * In slices: a channel copies a heap buffer into a temporary direct buffer as large as the write, which it then keeps
     * for the thread, so one write of a 64 MB file would cost 64 MB of native memory besides the array.
     */
    private static void writeFully(FileChannel ch, byte[] bytes, int from, int length) throws IOException {
        int end = from + length;
        for (int at = from; at < end; ) {
            ByteBuffer buf = ByteBuffer.wrap(bytes, at, Math.min(IO_SLICE, end - at));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            at = buf.position();
        }
    }

    static void copyMode(Path from, Path to) {
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
}
