package dev.atomstate.io;

import dev.atomstate.io.StateFile.Loaded;
import dev.atomstate.io.StateFile.Result;
import dev.atomstate.io.StateFile.Target;
import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of {@link StateUpdate#updateAll} that runs under the locks: compute the new contents, write every temp file
 * completely (written, forced, given its mode), then — and only then — look at each file once more and move the temp
 * files over them one right after the other; and after the moves, look at the replaced files again.
 *
 * <p>The look before the move ({@link WatchedFile}) reads the file through a descriptor it keeps and checks that the name
 * still names that file; a file an editor changed since our read is not replaced: the update is computed again on what
 * it says now, a few times, then refused. The look after the move reads the replaced file through the same descriptor:
 * an editor that appended in place between the look and the move wrote to the file we just replaced, so the update is
 * computed once more on the editor's version and written again. What no look can see is README → Safety → Limits.
 */
final class LockedReplacement {
    /** Rounds after a first move (an editor's write our move replaced, then written again on top), before giving up. */
    private static final int ROUNDS_AFTER_WRITE = 8;
    /**
     * How long the look after the move waits for an editor still holding the replaced file open for writing: one that
     * opened it just before our move writes within moments; one that keeps it open longer is README → Safety → Limits.
     */
    private static final long HELD_OPEN_MILLIS = 1_000;

    private final List<Target> targets;
    private final List<Path> real;
    private final IoLimits limits;
    private final WritePause pause;
    /** What each file holds on disk as far as we know: what we read, or what we wrote. */
    private final byte[][] onDisk;
    /** Whether an earlier round already moved a new version of the file into place. */
    private final boolean[] written;
    /** Set when a process kept a file our move replaced open for writing past the wait: the command then says so. */
    private String stillHeld;

    LockedReplacement(List<Target> targets, List<Path> real, IoLimits limits, WritePause pause) {
        this.targets = targets;
        this.real = real;
        this.limits = limits;
        this.pause = pause;
        this.onDisk = new byte[targets.size()][];
        this.written = new boolean[targets.size()];
    }

    List<Result> run(StateFile.UpdateAll compute) throws IOException {
        List<Loaded> current = readAll();
        int failedChecks = 0;
        int roundsAfterWrite = 0;
        while (true) {
            List<byte[]> computed = compute.apply(current);
            List<byte[]> next = new ArrayList<>();
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                // null: the file stays as it is — as computed from, which after an editor's write is its version, not ours
                next.add(computed.get(i) != null ? computed.get(i) : current.get(i).bytes());
                byte[] there = onDisk[i] != null ? onDisk[i] : current.get(i).bytes();
                if (!Arrays.equals(next.get(i), there)) {
                    changed.add(i);
                }
            }
            if (changed.isEmpty()) {
                return results(current, next, changed);
            }
            for (int i : changed) {
                if (exists(real.get(i)) && !AtomicWrite.writable(real.get(i))) {
                    // checked only now: a command refused for its content, or with nothing to change, says that instead
                    throw AtomstateException.input(targets.get(i).name() + ": the file is read-only; make it writable (chmod u+w) to change it; nothing was written");
                }
            }
            Path[] temps = new Path[targets.size()];
            WatchedFile[] watches = new WatchedFile[targets.size()];
            try {
                for (int i : changed) {
                    try {
                        temps[i] = AtomicWrite.prepare(real.get(i), next.get(i), targets.get(i).name(), pause);
                    } catch (IOException e) {
                        throw StateFile.cannotWrite(targets.get(i).name(), e);
                    }
                }
                pause.at(WritePause.Point.BEFORE_MOVE);
                Integer moved = firstChanged(changed, watches);
                if (moved != null) {
                    if (anyWritten() ? ++roundsAfterWrite > ROUNDS_AFTER_WRITE : ++failedChecks >= StateFile.CHANGE_RETRIES) {
                        throw keepsChanging(moved);
                    }
                    current = readAgain(current);
                    continue;
                }
                pause.at(WritePause.Point.CHECKED);
                commitAll(next, changed, temps);
                List<Loaded> after = afterTheMove(changed, watches, next, current);
                if (after == null) {
                    if (stillHeld != null) {
                        throw AtomstateException.input(stillHeld);
                    }
                    return results(current, next, changed);
                }
                if (++roundsAfterWrite > ROUNDS_AFTER_WRITE) {
                    throw keepsChanging(changed.get(0));
                }
                current = after;
            } finally {
                for (int i = 0; i < targets.size(); i++) {
                    AtomicWrite.discard(temps[i]);
                    if (watches[i] != null) {
                        watches[i].close();
                    }
                }
            }
        }
    }

    private boolean anyWritten() {
        for (boolean w : written) {
            if (w) {
                return true;
            }
        }
        return false;
    }

    private AtomstateException keepsChanging(int i) {
        return AtomstateException.input(targets.get(i).name() + ": the file keeps changing while we write it; "
                + (anyWritten() ? "our change was written, but an edit made at the same moment may be missing: check the file"
                        : "nothing was written, try again"));
    }

    /**
     * What to compute from after a look found a file changed: what it says now — except where an earlier round found an
     * editor's append on a file our move had replaced ({@code current} then holds the editor's version, {@code onDisk}
     * ours): an append the editor made to our version since is carried over onto the editor's version, where a plain
     * read would drop the first append. An edit that is not a plain append of ours cannot be combined and is read as is.
     */
    private List<Loaded> readAgain(List<Loaded> current) {
        byte[][] known = onDisk.clone();
        List<Loaded> fresh = readAll();
        for (int i = 0; i < targets.size(); i++) {
            byte[] now = fresh.get(i).bytes();
            byte[] from = known[i] == null ? now : carriedOver(current.get(i).bytes(), known[i], now);
            if (!Arrays.equals(from, now)) {
                fresh.set(i, loaded(i, from));
            }
        }
        return fresh;
    }

    /**
     * What to compute from when a file we knew held {@code known} now holds {@code now}, having computed from {@code base}:
     * an append ({@code now} starts with {@code known}) goes on top of {@code base} — which is {@code known} itself after a
     * plain read, and the editor's version when {@code known} is what our move had put in place; any other edit is
     * taken as it is.
     */
    private static byte[] carriedOver(byte[] base, byte[] known, byte[] now) {
        if (now.length < known.length || !Arrays.equals(now, 0, known.length, known, 0, known.length)) {
            return now;
        }
        byte[] carried = Arrays.copyOf(base, base.length + now.length - known.length);
        System.arraycopy(now, known.length, carried, base.length, now.length - known.length);
        return carried;
    }

    /**
     * The first changed target that is no longer what we know is on disk (or has appeared since), or null. Each existing
     * file is opened and kept open in {@code watches}: read through that descriptor, and its name checked to still name it.
     */
    private Integer firstChanged(List<Integer> changed, WatchedFile[] watches) {
        for (int i : changed) {
            if (onDisk[i] == null) {
                if (exists(real.get(i))) {
                    return i;
                }
                continue;
            }
            try {
                watches[i] = WatchedFile.open(real.get(i), limits.maxBytes());
                if (watches[i] == null || !watches[i].holds(onDisk[i]) || !watches[i].stillNamed()) {
                    return i;
                }
            } catch (IOException e) {
                throw AtomstateException.input(targets.get(i).name() + ": cannot re-read before writing (" + e.getMessage() + "); nothing was written");
            }
        }
        return null;
    }

    /**
     * Null when no replaced file changed between our look and our move; else what to compute from again: the editor's
     * version of a file whose in-place write our move replaced, and our new content for every other file we wrote.
     */
    private List<Loaded> afterTheMove(List<Integer> changed, WatchedFile[] watches, List<byte[]> next, List<Loaded> current) throws IOException {
        boolean[] lost = new boolean[targets.size()];
        for (int i : changed) {
            long holder = watches[i] == null ? -1 : watches[i].awaitNoWriters(pause, HELD_OPEN_MILLIS);
            if (holder >= 0 && stillHeld == null) {
                stillHeld = targets.get(i).name() + ": our change was written, but process " + holder
                        + " still has the file as it was before open for writing, and what it writes there from now on is not in the file: check the file";
            }
        }
        // made only when a file was lost: in the common case nothing is decoded again
        List<Loaded> again = null;
        for (int i : changed) {
            byte[] replaced = watches[i] == null ? null : watches[i].readUnless(onDisk[i]);
            if (replaced != null) {
                lost[i] = true;
                if (again == null) {
                    again = new ArrayList<>(current);
                }
                // after a round on the editor's version, onDisk is our earlier write: carry the append onto what we computed from
                again.set(i, loaded(i, carriedOver(current.get(i).bytes(), onDisk[i], replaced)));
            }
        }
        for (int i : changed) {
            onDisk[i] = next.get(i);
            if (again != null && !lost[i]) {
                again.set(i, loaded(i, next.get(i)));
            }
        }
        return again;
    }

    private Loaded loaded(int i, byte[] bytes) {
        Target t = targets.get(i);
        return new Loaded(t.path(), real.get(i), bytes, SourceText.decode(t.name(), bytes));
    }

    /** Moves each complete temp file over its target, one right after the other; a failure after the first is PartlyWritten. */
    private void commitAll(List<byte[]> next, List<Integer> changed, Path[] temps) {
        List<String> names = new ArrayList<>();
        for (int i : changed) {
            try {
                commit(real.get(i), temps[i], targets.get(i).name());
                temps[i] = null;
            } catch (AtomstateException | IOException e) {
                AtomstateException failure = e instanceof AtomstateException a ? a : StateFile.cannotWrite(targets.get(i).name(), (IOException) e);
                if (names.isEmpty()) {
                    throw failure;
                }
                throw new StateFile.PartlyWritten(names, failure);
            }
            written[i] = true;
            names.add(targets.get(i).name());
        }
    }

    /**
     * Puts the complete temp file in place of {@code target}: an existing file is replaced atomically; a missing one is
     * made empty first (so it gets the folder's default mode, and never replaces a file made meanwhile), then replaced.
     */
    private static void commit(Path target, Path tmp, String name) throws IOException {
        if (exists(target)) {
            AtomicWrite.replace(tmp, target, name);
            return;
        }
        try {
            Files.createFile(target);
            FileTrace.written();
        } catch (FileAlreadyExistsException e) {
            throw AtomstateException.input(name + ": the file appeared while we wrote it; nothing was written, try again");
        }
        try {
            AtomicWrite.copyMode(target, tmp);
            AtomicWrite.replace(tmp, target, name);
        } catch (IOException | RuntimeException e) {
            removeIfEmpty(target);
            throw e;
        }
    }

    private static void removeIfEmpty(Path path) {
        try {
            if (Files.size(path) == 0) {
                Files.delete(path);
            }
        } catch (IOException ignored) {
            // best effort: an empty file is harmless, and the error being reported matters more
        }
    }

    private List<Result> results(List<Loaded> current, List<byte[]> next, List<Integer> changed) {
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            boolean now = changed.contains(i);
            out.add(new Result(current.get(i), now ? next.get(i) : current.get(i).bytes(), now || written[i]));
        }
        return out;
    }

    private List<Loaded> readAll() {
        List<Loaded> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            Loaded l = t.mayBeMissing() && !exists(real.get(i)) ? StateFile.missingAsEmpty(t.path(), real.get(i), t.name())
                    : StateFile.read(t.path(), t.name(), limits);
            onDisk[i] = l.missing() ? null : l.bytes();
            out.add(l);
        }
        return out;
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
