package dev.atomstate.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing a file that is not a state file of the project — git's temporary merge result (%A), a .gitattributes —
 * through the same lock, temp file and atomic move as a state file ({@link StateFile#update}), but without leaving
 * the lock sidecar behind when there was none before: beside git's temp file or in the repository root it would
 * only be litter (no other atomstate writer shares these files, so removing it after the write races nobody).
 */
public final class LockFreeFile {
    private LockFreeFile() {
    }

    /** Replaces {@code path}'s content with {@code bytes} (unchanged content: no write); true when written. */
    public static boolean write(Path path, String name, IoLimits limits, byte[] bytes) {
        Path sidecar = null;
        try {
            sidecar = WriteLock.sidecar(path.toRealPath());
        } catch (IOException e) {
            // StateFile.update reports the missing or unreadable file in its own words
        }
        boolean existed = sidecar != null && Files.exists(sidecar);
        try {
            return StateFile.update(path, name, limits, current -> bytes).written();
        } finally {
            if (sidecar != null && !existed) {
                try {
                    Files.deleteIfExists(sidecar);
                } catch (IOException e) {
                    // best effort: a sidecar left behind is harmless
                }
            }
        }
    }
}
