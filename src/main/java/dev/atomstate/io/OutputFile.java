package dev.atomstate.io;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file a command produces (report's HTML or SVG), written like a state file: a new one is created by temp file
 * and link, an existing one replaced under its lock by temp file and atomic move, and left alone when its bytes
 * are already these.
 */
public final class OutputFile {
    private OutputFile() {
    }

    /** Returns whether the file was written. */
    public static boolean write(Path path, String name, byte[] bytes, IoLimits limits) {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return StateUpdate.update(path, name, limits, current -> bytes).written();
        }
        StateFile.create(path, bytes);
        return true;
    }
}
