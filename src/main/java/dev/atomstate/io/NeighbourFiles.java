package dev.atomstate.io;

import dev.atomstate.model.NeighbourTexts;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads the roadmap and the phase folders beside a state file (parse.NeighbourReader reads what they
 * say). Best effort: a missing or unreadable neighbour is simply absent — it adds information, it never makes a
 * command fail.
 */
public final class NeighbourFiles {
    private NeighbourFiles() {
    }

    /** {@code display} turns a path into what the user sees (relative to the working directory). */
    public static NeighbourTexts near(Path stateFile, java.util.function.Function<Path, String> display) {
        Path dir = stateFile.toAbsolutePath().getParent();
        if (dir == null) {
            return NeighbourTexts.none();
        }
        Path roadmapFile = dir.resolve("ROADMAP.md");
        String roadmap = null;
        if (Files.isRegularFile(roadmapFile)) {
            try {
                byte[] bytes = Files.readAllBytes(roadmapFile);
                if (bytes.length <= StateFile.DEFAULT_MAX_BYTES) {
                    roadmap = SourceText.decode(roadmapFile.toString(), bytes).text();
                }
            } catch (IOException | RuntimeException e) {
                roadmap = null;
            }
        }
        Path phases = dir.resolve("phases");
        Map<String, List<String>> folders = Files.isDirectory(phases) ? folders(phases) : null;
        return new NeighbourTexts(roadmap, roadmap == null ? null : display.apply(roadmapFile), folders,
                folders == null ? null : display.apply(phases));
    }

    /** Each folder under {@code phases} with the names of its files, in listing order; null when it cannot be listed. */
    static Map<String, List<String>> folders(Path phases) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(phases)) {
            for (Path d : dirs) {
                if (!Files.isDirectory(d)) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                    for (Path f : files) {
                        names.add(f.getFileName().toString());
                    }
                }
                out.put(d.getFileName().toString(), names);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return out;
    }
}
