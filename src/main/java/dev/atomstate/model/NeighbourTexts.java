package dev.atomstate.model;

import java.util.List;
import java.util.Map;

/**
 * The planning files beside a state file as found on disk, not yet read: the roadmap's text and the names of the
 * files in each phase folder ({@code .planning/phases/NN-name/}), in the order the folder listed them. Each part
 * is null when absent or unreadable; {@code roadmapFile} and {@code phasesDir} are the paths as shown to the user.
 * io finds them; parse turns them into {@link Neighbours}.
 */
public record NeighbourTexts(String roadmapText, String roadmapFile, Map<String, List<String>> phaseFolders, String phasesDir) {
    public static NeighbourTexts none() {
        return new NeighbourTexts(null, null, null, null);
    }
}
