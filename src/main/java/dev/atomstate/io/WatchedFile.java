package dev.atomstate.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;

/**
 * A state file held open from the last look before our move until after it: read through this descriptor, its name
 * checked to still name it, and read again once our move has replaced it — an editor that appended in place in
 * between wrote to this very file, which the descriptor still shows though no name does any more.
 */
final class WatchedFile implements AutoCloseable {
    private final Path path;
    private final FileChannel channel;
    private final Object key;
    private final long maxBytes;

    private WatchedFile(Path path, FileChannel channel, Object key, long maxBytes) {
        this.path = path;
        this.channel = channel;
        this.key = key;
        this.maxBytes = maxBytes;
    }

    /** The file {@code path} names now, held open; null when there is none. */
    static WatchedFile open(Path path, long maxBytes) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(path, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null;
        }
        BasicFileAttributes a = OpenFiles.lstat(path);
        return new WatchedFile(path, ch, a == null ? null : a.fileKey(), maxBytes);
    }

    /**
     * Whether the file holds exactly {@code expected}: compared a slice at a time, up to the first difference, with no
     * second copy of the file in memory.
     */
    boolean holds(byte[] expected) throws IOException {
        if (channel.size() > maxBytes) {
            return false;
        }
        byte[] slice = new byte[Math.max(1, Math.min(AtomicWrite.IO_SLICE, expected.length))];
        int at = 0;
        while (at < expected.length) {
            int n = channel.read(ByteBuffer.wrap(slice, 0, Math.min(slice.length, expected.length - at)), at);
            if (n < 0 || !Arrays.equals(slice, 0, n, expected, at, at + n)) {
                return false;
            }
            at += n;
        }
        return channel.read(ByteBuffer.wrap(slice, 0, 1), at) <= 0;
    }

    /** What the file holds when that is not {@code expected}; null when it is, or when it has grown past the read limit. */
    byte[] readUnless(byte[] expected) throws IOException {
        if (holds(expected)) {
            return null;
        }
        byte[] now = read();
        return now == null || Arrays.equals(now, expected) ? null : now;
    }

    /** Everything the file holds, or null when it has grown past the read limit (or grew while it was read). */
    byte[] read() throws IOException {
        long size = channel.size();
        if (size > maxBytes) {
            return null;
        }
        byte[] bytes = new byte[(int) size];
        int at = 0;
        while (at < bytes.length) {
            // in slices: a heap buffer is copied through a temporary direct buffer as large as the read
            int n = channel.read(ByteBuffer.wrap(bytes, at, Math.min(AtomicWrite.IO_SLICE, bytes.length - at)), at);
            if (n < 0) {
                return Arrays.copyOf(bytes, at); // it shrank while read
            }
            at += n;
        }
        return channel.read(ByteBuffer.allocate(1), at) > 0 ? null : bytes;
    }

    /** Whether the name still names this file (not one an editor saved over it since we opened it). */
    boolean stillNamed() {
        BasicFileAttributes now = OpenFiles.lstat(path);
        if (now == null) {
            return false;
        }
        return switch (OpenFiles.holds(now.fileKey())) {
            case OURS -> true;
            case OTHER -> false;
            case UNKNOWN -> key != null && Objects.equals(key, now.fileKey());
        };
    }

    /**
     * Waits, at most {@code maxMillis}, until no process we can see holds this file open for writing (an editor that
     * opened it before our move and has not written yet), so that the {@link #read} that follows sees all it wrote.
     * Returns the id of a process still holding it when the time ran out, or -1.
     */
    long awaitNoWriters(WritePause pause, long maxMillis) {
        String name = path.getFileName().toString();
        long holder = ForeignWriters.holding(key, name);
        if (holder < 0) {
            return -1;
        }
        pause.at(WritePause.Point.HELD_OPEN);
        long until = System.nanoTime() + maxMillis * 1_000_000L;
        while (holder >= 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return holder;
            }
            holder = ForeignWriters.holding(key, name);
        }
        return holder;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // a read-only descriptor: nothing to lose
        }
    }
}
