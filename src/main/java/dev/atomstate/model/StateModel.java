package dev.atomstate.model;

import java.util.List;
import java.util.Map;

/**
 * What a STATE.md says, typed. Every element remembers its 1-based line so that reports can point at it;
 * where a thing is absent the field is null (scalars) or empty (lists), never a guess.
 */
public record StateModel(
        Position position,
        List<ProgressSegment> progress,
        List<HistoryEntry> history,
        Velocity velocity,
        List<MetricRow> metrics,
        List<Decision> decisions,
        List<Item> todos,
        List<Item> blockers,
        Session session,
        String nextAction,
        Integer nextActionLine,
        Map<String, String> frontmatter) {

    public record Position(Phase phase, Plan plan, Located status, Activity lastActivity, Located focus,
                           Located milestone) {
    }

    /** A value as written and the line it sits on. */
    public record Located(String text, int line) {
    }

    /** {@code number} as written ("62", "02", "5.1"); {@code total} from "35 of 37". */
    public record Phase(String number, String name, Integer total, String raw, int line) {
    }

    /**
     * The plan field: {@code id} when the file names one ("67-04", or built from phase and counter),
     * {@code number}/{@code total} from counters like "3 of 7", {@code complete} when the field itself says
     * the plan is done ("17-agent-layer-03 COMPLETE", "3 of 7 complete").
     */
    public record Plan(String id, Integer number, Integer total, boolean complete, String raw, int line) {
    }

    public record Activity(String date, String text, String raw, int line) {
    }

    /**
     * One segment of the progress line ("[███░░] 58% (v2.0: 18/31 plans)"). {@code percent} is what the
     * file states; {@code computedPercent} is done/total when both are known.
     */
    public record ProgressSegment(String label, Integer done, Integer total, Double percent, Double computedPercent,
                                  Integer barCells, Integer barFilled, int line, int column) {
    }

    /** A "Previous:" line; {@code chain} is the field it follows ("status", "last activity"). */
    public record HistoryEntry(String chain, String text, String planId, int line) {
    }

    public record Velocity(Located totalPlans, Located averageDuration, Located totalTime) {
    }

    /** A per-plan metrics row; {@code duration} as written, {@code minutes} parsed (null when it cannot be). */
    public record MetricRow(String phase, String plan, String duration, Double minutes, Integer tasks, Integer files,
                            int line) {
    }

    /** {@code rationale} where the file gives it a place of its own (a Rationale or Why column), else null. */
    public record Decision(String phase, String text, String rationale, int line) {
        public Decision(String phase, String text, int line) {
            this(phase, text, null, line);
        }
    }

    public record Item(String text, int line, boolean done) {
    }

    public record Session(Located lastSession, Located stoppedAt, Located resumeFile) {
    }
}
