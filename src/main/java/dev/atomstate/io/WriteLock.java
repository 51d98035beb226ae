package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OS lock on a sidecar file ({@code .STATE.md.lock}) that serializes writers of one state file.
 *
 * <p>What counts is the lock the kernel holds, never the file's existence: the sidecar is created once and
 * left in place (deleting it would let a second writer lock a new inode while the first still holds the
 * old one). A writer that dies, even by SIGKILL, loses its lock with its process, so a stale sidecar left
 * behind cannot keep anyone out, and since it is not the lock itself it cannot let two writers in. A live
 * holder is never overridden: a waiting writer gives up after the timeout and names the holder, whose pid
 * and start time it reads from the sidecar.
 */
final class WriteLock implements AutoCloseable {
    private static final Pattern HOLDER = Pattern.compile("pid (\\d+) since (\\S+)");

    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The sidecar of {@code target}: a dot file beside it. */
    static Path sidecar(Path target) {
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        return dir.resolve("." + target.getFileName() + ".lock");
    }

    /** Waits at most {@code timeoutMs} for the lock on {@code target}'s sidecar; {@code shown} names the file in messages. */
    static WriteLock acquire(Path target, long timeoutMs, String shown) {
        Path lockPath = sidecar(target);
        FileChannel channel = open(lockPath, shown);
        try {
            FileLock lock = waitFor(channel, lockPath, timeoutMs, shown);
            WriteLock held = new WriteLock(channel, lock);
            held.writeHolder();
            return held;
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases whatever we got
            }
            if (e instanceof AtomstateException a) {
                throw a;
            }
            throw AtomstateException.input(shown + ": cannot lock " + lockPath.getFileName() + " (" + e.getMessage() + "); nothing was written");
        }
    }

    private static FileChannel open(Path lockPath, String shown) {
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

    private static FileLock waitFor(FileChannel channel, Path lockPath, long timeoutMs, String shown) throws IOException {
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
            if (System.nanoTime() - deadline > 0) {
                throw AtomstateException.input(shown + ": locked by another writer (" + describeHolder(lockPath)
                        + ") for over " + timeoutMs + " ms; nothing was written; try again, or wait longer with lock.timeout"
                        + " in .atomstate.yml or ATOMSTATE_LOCK_TIMEOUT_MS");
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

    /** Who holds the lock goes into the sidecar, so that a waiting writer can name it. */
    private void writeHolder() throws IOException {
        String who = "pid " + ProcessHandle.current().pid() + " since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** "pid 4242, running, since 2026-03-01T09:30:00Z" from the sidecar, or what little can be said. */
    static String describeHolder(Path lockPath) {
        String content;
        try {
            content = Files.readString(lockPath, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "holder unknown";
        }
        Matcher m = HOLDER.matcher(content);
        if (!m.find()) {
            return "holder unknown";
        }
        long pid = Long.parseLong(m.group(1).length() > 18 ? "0" : m.group(1));
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        String since = m.group(2);
        try {
            long secs = Duration.between(Instant.parse(since), Instant.now()).toSeconds();
            since = since + ", " + Math.max(0, secs) + " s ago";
        } catch (RuntimeException e) {
            // an unreadable time is shown as written
        }
        return "pid " + pid + (alive ? ", running" : ", not running here") + ", since " + since;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
