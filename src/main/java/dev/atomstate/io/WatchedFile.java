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

    /** Whether the file holds exactly {@code expected}. */
    boolean holds(byte[] expected) throws IOException {
        return Arrays.equals(read(), expected);
    }

    /** Everything the file holds, or null when it has grown past the read limit. */
    byte[] read() throws IOException {
        long size = channel.size();
        if (size > maxBytes) {
            return null;
        }
        ByteBuffer buf = ByteBuffer.allocate((int) size + 1);
        long at = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return buf.position() > size ? null : Arrays.copyOf(buf.array(), buf.position());
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
