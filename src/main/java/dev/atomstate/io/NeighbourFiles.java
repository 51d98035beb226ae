package dev.atomstate.io;

import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Roadmap;
import dev.atomstate.parse.RoadmapParser;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the roadmap and phase folders beside a state file. Best effort: a missing or unreadable
 * neighbour is simply absent — it adds information, it never makes a command fail.
 */
public final class NeighbourFiles {
    private NeighbourFiles() {
    }

    private static final Pattern PHASE_DIR = Pattern.compile("^(\\d+(?:\\.\\d+)*)(?:-(.*))?$");
    private static final Pattern PLAN_FILE = Pattern.compile("^(\\d+(?:\\.\\d+)*-\\d+)-PLAN\\.md$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUMMARY_FILE = Pattern.compile("^(\\d+(?:\\.\\d+)*-\\d+)-SUMMARY\\.md$", Pattern.CASE_INSENSITIVE);

    /** {@code display} turns a path into what the user sees (relative to the working directory). */
    public static Neighbours near(Path stateFile, java.util.function.Function<Path, String> display) {
        Path dir = stateFile.toAbsolutePath().getParent();
        if (dir == null) {
            return Neighbours.none();
        }
        Path roadmapFile = dir.resolve("ROADMAP.md");
        Roadmap roadmap = null;
        if (Files.isRegularFile(roadmapFile)) {
            try {
                byte[] bytes = Files.readAllBytes(roadmapFile);
                if (bytes.length <= StateFile.DEFAULT_MAX_BYTES) {
                    roadmap = RoadmapParser.parse(SourceText.decode(roadmapFile.toString(), bytes).text());
                }
            } catch (IOException | RuntimeException e) {
                roadmap = null;
            }
        }
        Path phases = dir.resolve("phases");
        Roadmap folders = Files.isDirectory(phases) ? folders(phases) : null;
        return new Neighbours(roadmap, roadmap == null ? null : display.apply(roadmapFile), folders,
                folders == null ? null : display.apply(phases));
    }

    /** One phase per NN-name folder: its *-PLAN.md files are the plans, a matching *-SUMMARY.md marks one done. */
    static Roadmap folders(Path phases) {
        List<Roadmap.Phase> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(phases)) {
            for (Path d : dirs) {
                Matcher m = PHASE_DIR.matcher(d.getFileName().toString());
                if (!Files.isDirectory(d) || !m.matches()) {
                    continue;
                }
                Set<String> plans = new LinkedHashSet<>();
                Set<String> summaries = new LinkedHashSet<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(d)) {
                    for (Path f : files) {
                        String name = f.getFileName().toString();
                        Matcher p = PLAN_FILE.matcher(name);
                        Matcher s = SUMMARY_FILE.matcher(name);
                        if (p.matches()) {
                            plans.add(p.group(1));
                        } else if (s.matches()) {
                            summaries.add(s.group(1));
                        }
                    }
                }
                summaries.retainAll(plans);
                out.add(new Roadmap.Phase(m.group(1), m.group(2), plans.size(), summaries.size(),
                        !plans.isEmpty() && summaries.size() == plans.size(), null, "phases", 0));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        out.sort((a, b) -> dev.atomstate.model.PlanId.comparePhases(a.number(), b.number()));
        return new Roadmap(List.copyOf(out), List.of());
    }
}
