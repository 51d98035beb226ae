package dev.atomstate.cli;

import dev.atomstate.app.agent.EditGuard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file system as the edit guard asks about it (the guard itself is pure: app may not touch files). */
public final class RealDisk implements EditGuard.Disk {
    public static final RealDisk REAL = new RealDisk();

    private RealDisk() {
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
