package dev.atomstate.io;

import dev.atomstate.app.agent.EditGuard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file system as the edit guard asks about it. */
public final class Disk implements EditGuard.Disk {
    public static final Disk REAL = new Disk();

    private Disk() {
    }

    @Override
    public boolean isDirectory(Path p) {
        return Files.isDirectory(p);
    }

    @Override
    public boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
