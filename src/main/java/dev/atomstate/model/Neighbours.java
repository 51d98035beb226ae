package dev.atomstate.model;

/**
 * The planning files beside a state file: the roadmap ({@code .planning/ROADMAP.md}) and the phase folders
 * ({@code .planning/phases/NN-name/NN-MM-PLAN.md}, a {@code NN-MM-SUMMARY.md} marking the plan done), each null
 * when absent. {@code roadmapFile} and {@code phasesDir} are the paths as shown to the user.
 */
public record Neighbours(Roadmap roadmap, String roadmapFile, Roadmap folders, String phasesDir) {
    public static Neighbours none() {
        return new Neighbours(null, null, null, null);
    }

    public boolean isEmpty() {
        return roadmap == null && folders == null;
    }
}
