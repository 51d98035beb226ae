package dev.atomstate.parse;

import dev.atomstate.model.NeighbourTexts;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.Roadmap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the roadmap and the phase folders beside a state file say: the roadmap through {@link RoadmapParser}, and one
 * phase per {@code NN-name} folder, whose {@code NN-MM-PLAN.md} files are its plans and a matching
 * {@code NN-MM-SUMMARY.md} marks one done. A part that cannot be read is absent, never an error.
 */
public final class NeighbourReader {
    private NeighbourReader() {
    }

    private static final LazyPattern PHASE_DIR = LazyPattern.of("^(\\d+(?:\\.\\d+)*)(?:-(.*))?$");
    private static final LazyPattern PLAN_FILE = LazyPattern.of("^(\\d+(?:\\.\\d+)*-\\d+)-PLAN\\.md$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern SUMMARY_FILE = LazyPattern.of("^(\\d+(?:\\.\\d+)*-\\d+)-SUMMARY\\.md$", Pattern.CASE_INSENSITIVE);

    public static Neighbours read(NeighbourTexts found) {
        Roadmap roadmap = null;
        if (found.roadmapText() != null) {
            try {
                roadmap = RoadmapParser.parse(found.roadmapText());
            } catch (RuntimeException e) {
                roadmap = null;
            }
        }
        Roadmap folders = found.phaseFolders() == null ? null : folders(found.phaseFolders());
        return new Neighbours(roadmap, roadmap == null ? null : found.roadmapFile(), folders,
                folders == null ? null : found.phasesDir());
    }

    static Roadmap folders(Map<String, List<String>> listing) {
        List<Roadmap.Phase> out = new ArrayList<>();
        try {
            for (Map.Entry<String, List<String>> d : listing.entrySet()) {
                Matcher m = PHASE_DIR.matcher(d.getKey());
                if (!m.matches()) {
                    continue;
                }
                Set<String> plans = new LinkedHashSet<>();
                Set<String> summaries = new LinkedHashSet<>();
                for (String name : d.getValue()) {
                    Matcher p = PLAN_FILE.matcher(name);
                    Matcher s = SUMMARY_FILE.matcher(name);
                    if (p.matches()) {
                        plans.add(p.group(1));
                    } else if (s.matches()) {
                        summaries.add(s.group(1));
                    }
                }
                summaries.retainAll(plans);
                out.add(new Roadmap.Phase(m.group(1), m.group(2), plans.size(), summaries.size(),
                        !plans.isEmpty() && summaries.size() == plans.size(), null, "phases", 0));
            }
        } catch (RuntimeException e) {
            return null;
        }
        out.sort(Orders.PHASES_BY_NUMBER);
        return new Roadmap(List.copyOf(out), List.of());
    }
}
