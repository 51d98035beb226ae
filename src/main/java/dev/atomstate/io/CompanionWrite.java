package dev.atomstate.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Writing a state file together with a companion file (compact's archive): under the state file's lock, the
 * companion first — created, or replaced under its own lock — then the state, each by a temp file and an atomic
 * move. A crash between the two leaves the companion written and the state as it was; the computation is given
 * both files as they are, so a rerun sees what the first run already wrote.
 */
public final class CompanionWrite {
    private CompanionWrite() {
    }

    /** The new bytes of each file; null leaves that file as it is. */
    public record Bytes(byte[] companion, byte[] state) {
    }

    /** Computes both files' bytes from the state and the companion as read ({@code companion} null: it does not exist). */
    @FunctionalInterface
    public interface Compute {
        Bytes apply(StateFile.Loaded state, StateFile.Loaded companion);
    }

    public record Result(boolean companionWritten, boolean stateWritten) {
    }

    public static Result update(Path state, String stateName, Path companion, String companionName, IoLimits limits, Compute compute) {
        boolean[] companionWritten = {false};
        StateFile.Result r = StateFile.update(state, stateName, limits, current -> {
            Bytes[] out = new Bytes[1];
            if (exists(companion)) {
                // a read-only state file is refused before the companion is touched
                Bytes planned = compute.apply(current, StateFile.read(companion, companionName, limits));
                if (planned.state() != null) {
                    StateFile.requireWritable(state, stateName);
                }
                StateFile.Result c = StateFile.update(companion, companionName, limits, existing -> {
                    out[0] = compute.apply(current, existing);
                    return out[0].companion();
                });
                companionWritten[0] |= c.written();
            } else {
                out[0] = compute.apply(current, null);
                if (out[0].state() != null) {
                    StateFile.requireWritable(state, stateName);
                }
                if (out[0].companion() != null) {
                    StateFile.create(companion, out[0].companion());
                    companionWritten[0] = true;
                }
            }
            return out[0].state();
        });
        return new Result(companionWritten[0], r.written());
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p);
    }

    /** Reads the companion for a dry run: null when it does not exist. */
    public static StateFile.Loaded readIfPresent(Path companion, String name, IoLimits limits) {
        return Files.exists(companion) ? StateFile.read(companion, name, limits) : null;
    }
}
