package dev.atomstate.io;

import dev.atomstate.io.StateFile.Result;
import dev.atomstate.io.StateFile.Target;
import dev.atomstate.io.StateFile.Update;
import dev.atomstate.io.StateFile.UpdateAll;
import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The write path's entry: lock, read, compute, replace ({@link LockedReplacement} runs the locked part). Apart from
 * {@link StateFile} (reading, the value types) so that the two files do not depend on each other.
 */
public final class StateUpdate {
    private StateUpdate() {
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
        return updateAll(List.of(new StateFile.Target(path, name, false)), limits, pause,
                current -> Collections.singletonList(update.apply(current.get(0)))).get(0);
    }

    /**
     * Read-modify-write of several files as one step (a single file is the common case, see {@link #update}): every
     * file's lock ({@link WriteLock}) is taken, in the order given, before any is read; all are read under the locks;
     * {@code compute} makes every new content from what was read (so each file is parsed once, under its lock); then
     * each changed file is replaced atomically. A file that changed between the read and its write (an editor that
     * does not lock) is not overwritten: everything is read again and recomputed, a few times, then refused. Nothing
     * is written until every changed file has passed those checks. A target that {@code mayBeMissing} is read as empty
     * and created when written, never replacing a file made meanwhile. Returns what was read and written for each.
     */
    public static List<Result> updateAll(List<Target> targets, IoLimits limits, WritePause pause, UpdateAll compute) {
        List<Path> real = new ArrayList<>();
        for (Target t : targets) {
            Path r = resolve(t);
            for (int i = 0; i < real.size(); i++) {
                if (real.get(i).toAbsolutePath().normalize().equals(r.toAbsolutePath().normalize())) {
                    // one lock per file: the second would wait for the first, held by this very update
                    throw AtomstateException.usage(targets.get(i).name() + " and " + t.name() + " are the same file; give each its own");
                }
            }
            real.add(r);
        }
        for (int i = 0; i < targets.size(); i++) {
            AtomicWrite.refuseReadOnlyFolder(AtomicWrite.folder(real.get(i)), targets.get(i).name());
        }
        List<WriteLock> locks = new ArrayList<>();
        try {
            for (int i = 0; i < targets.size(); i++) {
                locks.add(WriteLock.acquire(real.get(i), limits.lockTimeoutMs(), targets.get(i).name()));
            }
            pause.at(WritePause.Point.LOCKED);
            for (Path p : real) {
                AtomicWrite.removeOrphans(AtomicWrite.folder(p), p);
            }
            return new LockedReplacement(targets, real, limits, pause).run(compute);
        } catch (IOException e) {
            throw StateFile.cannotWrite(targets.get(0).name(), e);
        } finally {
            for (int i = locks.size() - 1; i >= 0; i--) {
                try {
                    locks.get(i).close();
                } catch (IOException e) {
                    // closing the channel releases the lock whatever happens here
                }
            }
        }
    }

    /** The real file to lock and write (a symlink followed); a missing one that may be missing stays where it is asked for. */
    private static Path resolve(Target t) {
        if (t.mayBeMissing() && !Files.exists(t.path(), LinkOption.NOFOLLOW_LINKS)) {
            return t.path().toAbsolutePath();
        }
        try {
            return StateFile.target(t.path(), t.name());
        } catch (IOException e) {
            throw AtomstateException.input(t.name() + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
