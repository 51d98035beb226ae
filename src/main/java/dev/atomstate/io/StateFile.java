package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
    static final int CHANGE_RETRIES = 3;

    /** What was read: the path as given, the real path written to, the bytes and their text; {@code missing} for a file not there yet. */
    public record Loaded(Path path, Path target, byte[] bytes, SourceText source, boolean missing) {
        public Loaded(Path path, Path target, byte[] bytes, SourceText source) {
            this(path, target, bytes, source, false);
        }
    }

    /** A file that does not exist yet, read as empty (see {@link Target#mayBeMissing()}). */
    static Loaded missingAsEmpty(Path path, Path target, String name) {
        return new Loaded(path, target, new byte[0], SourceText.of(name, ""), true);
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
        FileTrace.reading(name);
        try {
            Path target = target(path, name);
            byte[] bytes = readBounded(target, name, limits);
            return new Loaded(path, target, bytes, SourceText.decode(name, bytes));
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    /**
     * The bytes of {@code path}, read as {@link #read(Path, String, IoLimits)} reads them (the same checks and limit)
     * but not decoded: for a caller that may not need the text (status --line, when its answer is cached).
     */
    public static byte[] readBytes(Path path, String name, IoLimits limits) {
        FileTrace.reading(name);
        try {
            return readBounded(target(path, name), name, limits);
        } catch (IOException e) {
            throw unreadable(name, e);
        }
    }

    private static AtomstateException unreadable(String name, IOException e) {
        if (e instanceof NoSuchFileException) {
            return missing(name);
        }
        if (e instanceof AccessDeniedException) {
            return AtomstateException.input(name + ": permission denied reading the file");
        }
        return AtomstateException.input(name + ": cannot read (" + e.getMessage() + ")");
    }

    /** Reads at most the limit (plus one byte to see that it is over), so a growing file cannot exhaust memory. */
    private static byte[] readBounded(Path target, String name, IoLimits limits) throws IOException {
        long size = Files.size(target);
        long max = limits.maxBytes();
        if (size <= max) {
            try (InputStream in = Files.newInputStream(target)) {
                // into one array of the size the file has (no chunks to join, no second copy of a big file)
                byte[] bytes = new byte[(int) size];
                int n = 0;
                int got;
                // in slices: the stream reads through a temporary direct buffer as large as each read, kept afterwards
                do {
                    got = in.readNBytes(bytes, n, Math.min(AtomicWrite.IO_SLICE, bytes.length - n));
                    n += got;
                } while (got > 0 && n < bytes.length);
                if (n < bytes.length) {
                    return Arrays.copyOf(bytes, n); // it shrank while read
                }
                // it may have grown: read on, still bounded by the limit
                byte[] more = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8 - size, max + 1 - size));
                if (more.length == 0) {
                    return bytes;
                }
                if (size + more.length <= max) {
                    byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
                    System.arraycopy(more, 0, all, bytes.length, more.length);
                    return all;
                }
                size = size + more.length;
            }
        }
        throw AtomstateException.input(name + ": " + (size > max + 1 ? size + " bytes is" : "the file is") + " over the "
                + max + "-byte limit; a state file this large is probably not one (raise the limit with " + limits.limitHint() + ")");
    }

    static AtomstateException missing(String name) {
        return AtomstateException.input(name + ": no such file; create it with 'atomstate init', or pass -f PATH to an existing state file");
    }

    /** The real file behind {@code path} (a symlink is followed), refusing folders, devices and missing files. */
    static Path target(Path path, String name) throws IOException {
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

    /**
     * Creates {@code path} with {@code bytes}, never replacing an existing file: the bytes go to a temp file in the
     * same folder (forced to disk), which is then hard-linked to the name — a link fails when the name exists, so two
     * creators cannot both win. Where links are not supported the temp file is moved without replacing.
     */
    public static void create(Path path, byte[] bytes) {
        AtomicWrite.create(path, bytes);
    }

    /**
     * Refuses a read-only file up front, for a command that writes another file before this one (compact writes its
     * archive first): the refusal must come before anything is written.
     */
    public static void requireWritable(Path path, String name) {
        Path p = path.toAbsolutePath();
        try {
            p = p.toRealPath();
        } catch (IOException e) {
            return; // a missing file is reported by the read
        }
        if (!AtomicWrite.writable(p)) {
            throw AtomstateException.input(name + ": the file is read-only; make it writable (chmod u+w) to change it; nothing was written");
        }
    }

    /** One file: its path, how messages name it, and whether it may not exist yet. */
    public record Target(Path path, String name, boolean mayBeMissing) {
    }

    /** The new bytes of each target from what was read, in the targets' order; null for a file that stays as it is. */
    @FunctionalInterface
    public interface UpdateAll {
        List<byte[]> apply(List<Loaded> current);
    }

    /** An update that wrote some of its files and then failed on the next one. */
    public static final class PartlyWritten extends RuntimeException {
        private final List<String> written;
        private final AtomstateException failure;

        PartlyWritten(List<String> written, AtomstateException failure) {
            super(failure.getMessage(), failure);
            this.written = List.copyOf(written);
            this.failure = failure;
        }

        /** The names of the files that were written before the failure. */
        public List<String> written() {
            return written;
        }

        public AtomstateException failure() {
            return failure;
        }
    }

    static AtomstateException cannotWrite(String name, IOException e) {
        return AtomstateException.input(name + ": cannot write (" + e.getMessage() + "); nothing was written");
    }


}
