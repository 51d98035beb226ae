package dev.atomstate.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Temp projects made from our planning samples. */
public final class Projects {
    private Projects() {
    }

    /** {@code folder/.planning/STATE.md}, a copy of {@code planning-samples/<sample>}'s; returns {@code folder}. */
    public static Path withSample(Path folder, String sample) throws IOException {
        Path planning = Files.createDirectories(folder.resolve(".planning"));
        Files.copy(Path.of("planning-samples", sample, ".planning", "STATE.md"), planning.resolve("STATE.md"));
        return folder;
    }
}
