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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 *
 * <p>Writers that are threads of one JVM (the MCP server runs tool calls in parallel) first take a mutex per
 * sidecar, held around the OS lock: a JVM holds one OS lock per file, and on Linux closing any descriptor of
 * the file (a waiter giving up, or reading the sidecar to name the holder) drops it, which would let another
 * process in while our writer is still writing. A thread that waits here never opens the sidecar.
 */
final class WriteLock implements AutoCloseable {
    private static final Pattern HOLDER = Pattern.compile("pid (\\d+) since (\\S+)");
    /** One mutex per sidecar this JVM has written through; few paths in any one run, so entries stay. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock mutex;
    private final FileChannel channel;
    private final FileLock lock;

    private WriteLock(ReentrantLock mutex, FileChannel channel, FileLock lock) {
        this.mutex = mutex;
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
        long start = System.nanoTime();
        ReentrantLock mutex = lockInProcess(lockPath, timeoutMs, shown);
        FileChannel channel;
        try {
            channel = open(lockPath, shown);
        } catch (RuntimeException e) {
            mutex.unlock();
            throw e;
        }
        try {
            long left = Math.max(0, timeoutMs - (System.nanoTime() - start) / 1_000_000L);
            FileLock lock = waitFor(channel, lockPath, left, timeoutMs, shown);
            WriteLock held = new WriteLock(mutex, channel, lock);
            held.writeHolder();
            return held;
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases whatever we got
            } finally {
                mutex.unlock();
            }
            if (e instanceof AtomstateException a) {
                throw a;
            }
            throw AtomstateException.input(shown + ": cannot lock " + lockPath.getFileName() + " (" + e.getMessage() + "); nothing was written");
        }
    }

    /** Waits at most {@code timeoutMs} for the other writers of this JVM to the same sidecar. */
    private static ReentrantLock lockInProcess(Path lockPath, long timeoutMs, String shown) {
        ReentrantLock mutex = IN_PROCESS.computeIfAbsent(lockPath.toAbsolutePath().normalize(), p -> new ReentrantLock(true));
        if (mutex.isHeldByCurrentThread()) {
            // a nested write of the same file would wait on its own lock, then drop it when giving up
            throw AtomstateException.input(shown + ": already being written by this command; nothing more was written");
        }
        try {
            if (mutex.tryLock(timeoutMs, TimeUnit.MILLISECONDS)) {
                return mutex;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AtomstateException.input(shown + ": interrupted while waiting for the lock; nothing was written");
        }
        throw timedOut(shown, "this process, pid " + ProcessHandle.current().pid(), timeoutMs);
    }

    private static AtomstateException timedOut(String shown, String holder, long timeoutMs) {
        return AtomstateException.input(shown + ": locked by another writer (" + holder + ") for over " + timeoutMs
                + " ms; nothing was written; try again, or wait longer with lock.timeout in .atomstate.yml or ATOMSTATE_LOCK_TIMEOUT_MS");
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

    /** Waits {@code waitMs} for the OS lock; {@code timeoutMs} is the whole wait the message names. */
    private static FileLock waitFor(FileChannel channel, Path lockPath, long waitMs, long timeoutMs, String shown) throws IOException {
        long deadline = System.nanoTime() + waitMs * 1_000_000L;
        long sleep = 2;
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // not reached while the mutex orders this JVM's writers; wait like for another process
            }
            if (System.nanoTime() - deadline > 0) {
                throw timedOut(shown, describeHolder(lockPath), timeoutMs);
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
            try {
                channel.close();
            } finally {
                mutex.unlock();
            }
        }
    }
}
