package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OS lock on a sidecar file ({@code .STATE.md.lock}) that serializes writers of one state file, and is removed
 * again when the write is done, so that no file of ours stays in the user's tree.
 *
 * <p>What counts is the lock the kernel holds on the sidecar's inode, never the file's existence. Removing a lock file
 * is only safe with a rule every writer keeps: after taking the OS lock, a writer checks that the sidecar's name still
 * names the very file it locked ({@link OpenFiles}: the name's file key is one of our open files), and if not — the
 * writer before it removed it, and a waiter that had opened the old file got its lock only then — it starts over on the
 * file the name holds now. The holder removes the name while it still holds the lock, so nobody can pass the check on a
 * removed file, and a new file at the name is locked by one writer at a time like the old one. A writer that dies (even
 * by SIGKILL) loses its lock with its process; the sidecar it leaves is taken over and removed by the next writer.
 * Where this platform cannot tell which file a descriptor is open on ({@link OpenFiles.Named#UNKNOWN}), nobody removes
 * the sidecar, which is the old rule: a sidecar that stays.
 *
 * <p>The sidecar is opened without following links, and a sidecar that is a link, not a regular file, or a file with
 * other hard links is refused, naming it: a repository can commit {@code .STATE.md.lock} as a link to the user's files.
 * A live holder is never overridden: a waiting writer gives up after the timeout and names the holder, whose pid and
 * start time it reads from the sidecar.
 *
 * <p>Writers that are threads of one JVM (the MCP server runs tool calls in parallel) first take a mutex per
 * sidecar, held around the OS lock: a JVM holds one OS lock per file, and on Linux closing any descriptor of
 * the file (a waiter giving up, or reading the sidecar to name the holder) drops it, which would let another
 * process in while our writer is still writing. A thread that waits here never opens the sidecar.
 */
final class WriteLock implements AutoCloseable {
    /** One mutex per sidecar this JVM has written through; few paths in any one run, so entries stay. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock mutex;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path lockPath;
    /** The locked file's key when the name was seen to name it (so it may be removed at the end), else null. */
    private final Object removableKey;

    private WriteLock(ReentrantLock mutex, FileChannel channel, FileLock lock, Path lockPath, Object removableKey) {
        this.mutex = mutex;
        this.channel = channel;
        this.lock = lock;
        this.lockPath = lockPath;
        this.removableKey = removableKey;
    }

    /** The sidecar of {@code target}: a dot file beside it. */
    static Path sidecar(Path target) {
        Path dir = target.getParent() == null ? Path.of(".") : target.getParent();
        return dir.resolve("." + target.getFileName() + ".lock");
    }

    /** Waits at most {@code timeoutMs} for the lock on {@code target}'s sidecar; {@code shown} names the file in messages. */
    static WriteLock acquire(Path target, long timeoutMs, String shown) {
        Path lockPath = sidecar(target);
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        ReentrantLock mutex = lockInProcess(lockPath, timeoutMs, shown);
        try {
            while (true) {
                WriteLock held = attempt(mutex, lockPath, deadline, timeoutMs, shown);
                if (held != null) {
                    return held;
                }
                // the file we locked had been removed by the writer before us: lock the one the name holds now
            }
        } catch (RuntimeException e) {
            mutex.unlock();
            throw e;
        }
    }

    /** Opens and locks the file the sidecar's name holds; null when it turned out to be one a writer before us removed. */
    private static WriteLock attempt(ReentrantLock mutex, Path lockPath, long deadline, long timeoutMs, String shown) {
        BasicFileAttributes before = refuseOdd(lockPath, shown);
        FileChannel channel = open(lockPath, shown);
        WriteLock held = null;
        try {
            FileLock lock = waitFor(channel, lockPath, deadline, timeoutMs, shown);
            BasicFileAttributes now = refuseOdd(lockPath, shown);
            OpenFiles.Named named = now == null ? OpenFiles.Named.OTHER : OpenFiles.holds(now.fileKey());
            if (named == OpenFiles.Named.OTHER && before != null && now != null && Objects.equals(before.fileKey(), now.fileKey())) {
                // the name kept its file while we opened it, yet no descriptor of ours shows that file: this filesystem's
                // descriptors do not say which file they are open on, so keep the old rule (lock it, never remove it)
                named = OpenFiles.Named.UNKNOWN;
            }
            if (named == OpenFiles.Named.OTHER) {
                if (System.nanoTime() - deadline > 0) {
                    throw timedOut(shown, describeHolder(lockPath), timeoutMs);
                }
                return null;
            }
            if (OpenFiles.links(lockPath) > 1) {
                throw AtomstateException.input(shown + ": the lock file " + lockPath.getFileName() + " has other names (hard links), so writing "
                        + "our pid into it would change another file; remove it and try again; nothing was written");
            }
            held = new WriteLock(mutex, channel, lock, lockPath, named == OpenFiles.Named.OURS ? now.fileKey() : null);
            held.writeHolder();
            return held;
        } catch (IOException e) {
            throw AtomstateException.input(shown + ": cannot lock " + lockPath.getFileName() + " (" + e.getMessage() + "); nothing was written");
        } finally {
            if (held == null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing releases whatever we got
                }
            }
        }
    }

    /** The sidecar's own attributes (null when it is not there); a link or anything but a regular file is refused. */
    private static BasicFileAttributes refuseOdd(Path lockPath, String shown) {
        BasicFileAttributes a = OpenFiles.lstat(lockPath);
        if (a == null) {
            return null;
        }
        if (a.isSymbolicLink()) {
            throw AtomstateException.input(shown + ": the lock file " + lockPath.getFileName() + " is a symbolic link; atomstate never makes "
                    + "one and does not follow it: remove it and try again; nothing was written");
        }
        if (!a.isRegularFile()) {
            throw AtomstateException.input(shown + ": the lock file " + lockPath.getFileName() + " is not a regular file (a folder, pipe or "
                    + "device); remove it and try again; nothing was written");
        }
        return a;
    }

    /** Waits at most {@code timeoutMs} for the other writers of this JVM to the same sidecar. */
    private static ReentrantLock lockInProcess(Path lockPath, long timeoutMs, String shown) {
        Path key = lockPath.toAbsolutePath().normalize();
        ReentrantLock mutex = IN_PROCESS.get(key);
        if (mutex == null) {
            // putIfAbsent rather than computeIfAbsent(lambda): every write reaches this, and a cold run links each lambda
            ReentrantLock made = new ReentrantLock(true);
            mutex = IN_PROCESS.putIfAbsent(key, made);
            mutex = mutex == null ? made : mutex;
        }
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
            return FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (AccessDeniedException e) {
            if (OpenFiles.lstat(lockPath) != null) {
                throw AtomstateException.input(shown + ": the lock file " + lockPath.getFileName() + " exists but is not writable (another "
                        + "user's, or read-only); remove it or make it writable (chmod u+w) and try again; nothing was written");
            }
            throw AtomstateException.input(shown + ": the folder is not writable (cannot create " + lockPath.getFileName() + "); nothing was written");
        } catch (FileSystemException e) {
            refuseOdd(lockPath, shown); // a link put there since we looked (O_NOFOLLOW refused it) is named as such
            throw AtomstateException.input(shown + ": cannot create lock file " + lockPath.getFileName() + " (" + e.getReason() + "); nothing was written");
        } catch (IOException e) {
            throw AtomstateException.input(shown + ": cannot create lock file (" + e.getMessage() + "); nothing was written");
        }
    }

    /** Waits until {@code deadline} (System.nanoTime) for the OS lock; {@code timeoutMs} is the whole wait the message names. */
    private static FileLock waitFor(FileChannel channel, Path lockPath, long deadline, long timeoutMs, String shown) throws IOException {
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

    /**
     * 2026-03-01T09:30:00Z: what {@code Instant.toString} writes for a whole second, without the ISO formatter it
     * goes through (about 1.5 ms of a cold write to initialise). {@code WriteLockTest} holds the two equal.
     */
    static String utcSeconds(long epochSecond) {
        long day = Math.floorDiv(epochSecond, 86_400L);
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        StringBuilder sb = new StringBuilder(20).append(java.time.LocalDate.ofEpochDay(day)).append('T');
        for (int part : new int[] {second / 3600, second / 60 % 60, second % 60}) {
            if (sb.charAt(sb.length() - 1) != 'T') {
                sb.append(':');
            }
            sb.append((char) ('0' + part / 10)).append((char) ('0' + part % 10));
        }
        return sb.append('Z').toString();
    }

    /** Who holds the lock goes into the sidecar, so that a waiting writer can name it. */
    private void writeHolder() throws IOException {
        String who = "pid " + pid() + " since " + utcSeconds(System.currentTimeMillis() / 1000) + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /**
     * This process's id: on Linux the name {@code /proc/self} links to, which costs one readlink where
     * {@link ProcessHandle#current()} first sets up the process reaper's machinery (a cold write pays for it).
     */
    private static long pid() {
        try {
            String self = Files.readSymbolicLink(Path.of("/proc/self")).toString();
            boolean digits = !self.isEmpty() && self.length() < 19;
            for (int i = 0; digits && i < self.length(); i++) {
                digits = self.charAt(i) >= '0' && self.charAt(i) <= '9';
            }
            if (digits) {
                return Long.parseLong(self);
            }
        } catch (IOException | RuntimeException e) {
            // no /proc here: ask the JDK
        }
        return ProcessHandle.current().pid();
    }

    /** Compiled on first use only: the holder is described when a writer waits, not on every write. */
    private static final class HolderLine {
        static final Pattern PATTERN = Pattern.compile("pid (\\d+) since (\\S+)");
    }

    /** "pid 4242, running, since 2026-03-01T09:30:00Z" from the sidecar, or what little can be said. */
    static String describeHolder(Path lockPath) {
        String content;
        BasicFileAttributes a = OpenFiles.lstat(lockPath);
        if (a == null || !a.isRegularFile()) {
            return "holder unknown";
        }
        // at most a line, never through a link: the sidecar is the repository's file as much as ours
        try (SeekableByteChannel in = Files.newByteChannel(lockPath, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buf = ByteBuffer.allocate(200);
            while (buf.hasRemaining() && in.read(buf) > 0) {
                // fill the buffer or reach the end
            }
            content = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return "holder unknown";
        }
        Matcher m = HolderLine.PATTERN.matcher(content);
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

    /**
     * Removes the sidecar (when its name still names the file we locked: ours is open, so its key cannot have gone to
     * another file), then releases the lock. Removing it while still holding the lock is what makes removal safe: a
     * waiter that gets the lock of the removed file afterwards finds the name no longer names it, and starts over.
     */
    @Override
    public void close() throws IOException {
        try {
            if (removableKey != null) {
                BasicFileAttributes a = OpenFiles.lstat(lockPath);
                if (a != null && a.isRegularFile() && removableKey.equals(a.fileKey())) {
                    Files.delete(lockPath);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a sidecar left behind is taken over by the next writer
        } finally {
            closeLocked();
        }
    }

    private void closeLocked() throws IOException {
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
