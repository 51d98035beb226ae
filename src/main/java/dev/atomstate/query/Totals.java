package dev.atomstate.query;

import dev.atomstate.model.Digits;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Roadmap;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.MilestoneForms;
import dev.atomstate.parse.ParsedState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals a state file states or implies — phases in the milestone, plans in the current phase, plans in the
 * milestone — with every source that has one: the state body ("state"), its frontmatter ("frontmatter"), the
 * roadmap ("roadmap") and the phase folders ("phases"). The value used is the first of those that has a number,
 * in that order: the state file is what the user asked about; the neighbours fill its gaps.
 */
public final class Totals {
    private Totals() {
    }

    public static final List<String> SOURCES = List.of("state", "frontmatter", "roadmap", "phases");

    /** One number: the value and where it came from, and what each source says (null where it says nothing). */
    public record Count(Integer value, String source, Map<String, Integer> bySource) {
        static Count of(Integer state, Integer frontmatter, Integer roadmap, Integer phases) {
            Map<String, Integer> m = new LinkedHashMap<>();
            m.put("state", state);
            m.put("frontmatter", frontmatter);
            m.put("roadmap", roadmap);
            m.put("phases", phases);
            for (String s : SOURCES) {
                if (m.get(s) != null) {
                    return new Count(m.get(s), s, m);
                }
            }
            return new Count(null, null, m);
        }
    }

    /** {@code milestone} is the version the milestone counts are about (null: the whole roadmap). */
    public record Result(String milestone, String phase, Count phases, Count plansInPhase, Count plansDoneInPhase,
                         Count milestonePlans, Count milestonePlansDone) {
    }


    public static Result of(ParsedState ps, Neighbours n) {
        StateModel m = ps.model();
        String milestone = milestone(ps, n.roadmap());
        String phase = m.position().phase() == null ? null : m.position().phase().number();
        Map<String, String> fm = m.frontmatter();

        List<Roadmap.Phase> roadmapPhases = n.roadmap() == null ? null : milestonePhases(n.roadmap(), milestone);
        Roadmap.Phase current = n.roadmap() == null ? null : n.roadmap().phase(phase);
        Roadmap.Phase folder = n.folders() == null ? null : n.folders().phase(phase);

        Count phases = Count.of(m.position().phase() == null ? null : m.position().phase().total(), integer(fm.get("progress.total_phases")),
                roadmapPhases == null || roadmapPhases.isEmpty() ? null : roadmapPhases.size(),
                n.folders() == null || n.folders().phases().isEmpty() ? null : n.folders().phases().size());
        Count plans = Count.of(m.position().plan() == null ? null : m.position().plan().total(), null,
                current == null ? null : current.plans(), folder == null ? null : folder.plans());
        Count plansDone = Count.of(null, null, current == null ? null : current.completedPlans(),
                folder == null ? null : folder.completedPlans());

        StateModel.ProgressSegment segment = segmentFor(m, milestone);
        Count msPlans = Count.of(segment == null ? null : segment.total(), integer(fm.get("progress.total_plans")),
                sum(roadmapPhases, true), n.folders() == null ? null : sum(n.folders().phases(), true));
        Count msDone = Count.of(segment == null ? null : segment.done(), integer(fm.get("progress.completed_plans")),
                sum(roadmapPhases, false), n.folders() == null ? null : sum(n.folders().phases(), false));
        return new Result(milestone, phase, phases, plans, plansDone, msPlans, msDone);
    }

    /** The roadmap's phases of {@code milestone}, or all of them when it assigns none to it. */
    public static List<Roadmap.Phase> milestonePhases(Roadmap roadmap, String milestone) {
        List<Roadmap.Phase> of = milestone == null ? List.of() : roadmap.phasesOf(milestone);
        return of.isEmpty() ? roadmap.phases() : of;
    }

    /** The milestone the state file is in: frontmatter, the Milestone field, else the roadmap's active one. */
    public static String milestone(ParsedState ps, Roadmap roadmap) {
        String fm = ps.model().frontmatter().get("milestone");
        String v = version(fm);
        if (v == null && ps.model().position().milestone() != null) {
            v = version(ps.model().position().milestone().text());
        }
        if (v == null && roadmap != null) {
            for (Roadmap.Milestone ms : roadmap.milestones()) {
                if (ms.active()) {
                    v = ms.version();
                }
            }
        }
        return v;
    }

    private static String version(String text) {
        return text == null ? null : MilestoneForms.dottedVersionIn(text);
    }

    /** The progress segment labelled with the milestone, else the only segment with counts. */
    private static StateModel.ProgressSegment segmentFor(StateModel m, String milestone) {
        StateModel.ProgressSegment only = null;
        int withCounts = 0;
        for (StateModel.ProgressSegment s : m.progress()) {
            if (s.label() != null && milestone != null && s.label().equalsIgnoreCase(milestone)) {
                return s;
            }
            if (s.total() != null && (s.label() == null || !s.label().startsWith("Phase"))) {
                only = s;
                withCounts++;
            }
        }
        return withCounts == 1 ? only : null;
    }

    /** The sum of plan (or done) counts; null when any phase's count is unknown. */
    private static Integer sum(List<Roadmap.Phase> phases, boolean total) {
        if (phases == null || phases.isEmpty()) {
            return null;
        }
        int s = 0;
        for (Roadmap.Phase p : phases) {
            Integer v = total ? p.plans() : p.completedPlans();
            if (v == null) {
                return null;
            }
            s += v;
        }
        return s;
    }

    private static Integer integer(String s) {
        return s != null && Digits.isAll(s.strip(), 1, 6) ? Integer.valueOf(s.strip()) : null;
    }
}
