package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writing a file so that a reader, a crash or a second writer never sees it half done: a temp file in the same
 * folder, forced to disk, given the original's mode and moved over it atomically; a new file linked into place so it
 * never replaces one made meanwhile. The checks before a write (folder and file writable) and the cleaning up of temp
 * files a killed writer left are here too. {@link StateFile} decides when to write; this class only does it.
 */
final class AtomicWrite {
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

    /**
     * The first half of a replacement: {@code bytes} in a new temp file beside {@code target}, forced to disk and given
     * the target's mode (when it exists), so that all that is left is {@link #replace}. The caller discards the temp file
     * when it does not get that far.
     */
    static Path prepare(Path target, byte[] bytes, String shown, WritePause pause) throws IOException {
        Path tmp;
        try {
            tmp = Files.createTempFile(folder(target), "." + target.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw AtomstateException.input(shown + ": the folder is not writable, so no temp file can be created; nothing was written");
        }
        try {
            writeForced(tmp, bytes, pause);
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                copyMode(target, tmp);
            }
            return tmp;
        } catch (IOException | RuntimeException e) {
            discard(tmp);
            throw e;
        }
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
