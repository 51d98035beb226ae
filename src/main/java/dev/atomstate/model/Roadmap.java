package dev.atomstate.model;

import java.util.List;

/**
 * What a ROADMAP.md (or the .planning/phases/ folders) says about the phases: numbers as written, names, how
 * many plans each has and how many are done, and the milestones they belong to. Any number may be null when
 * the source does not say (a "TBD" plan count); {@code plansSource} names the part of the file it came from.
 */
public record Roadmap(List<Phase> phases, List<Milestone> milestones) {

    /**
     * {@code plansSource}: "checkboxes" (plan items under the phase), "plans-line" ("**Plans**: 3 plans"),
     * "numbered-list", "progress-table", "overview-table", "phase-list" ("(3/3 plans)"), or "phases" (folders).
     */
    public record Phase(String number, String name, Integer plans, Integer completedPlans, boolean complete,
                        String milestone, String plansSource, int line) {
    }

    /** "v1.2" and its name; {@code firstPhase}/{@code lastPhase} from "Phases 11-14" when the file says so. */
    public record Milestone(String version, String name, String firstPhase, String lastPhase, boolean active, int line) {
    }

    public static Roadmap empty() {
        return new Roadmap(List.of(), List.of());
    }

    /** The phase with this number (numerically: 3 = 03), or null. */
    public Phase phase(String number) {
        if (!PlanId.isPhaseNumber(number)) {
            return null;
        }
        for (Phase p : phases) {
            if (PlanId.comparePhases(p.number(), number) == 0) {
                return p;
            }
        }
        return null;
    }

    /** The phases of one milestone (by its version), or all phases when {@code version} is null. */
    public List<Phase> phasesOf(String version) {
        if (version == null) {
            return phases;
        }
        return phases.stream().filter(p -> version.equalsIgnoreCase(p.milestone())).toList();
    }
}
