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
        Map<String, String> frontmatter,
        Reading reading) {

    /** The model without a reading of its own: the position block's values are the reading. */
    public StateModel(Position position, List<ProgressSegment> progress, List<HistoryEntry> history, Velocity velocity,
                      List<MetricRow> metrics, List<Decision> decisions, List<Item> todos, List<Item> blockers, Session session,
                      String nextAction, Integer nextActionLine, Map<String, String> frontmatter) {
        this(position, progress, history, velocity, metrics, decisions, todos, blockers, session, nextAction, nextActionLine,
                frontmatter, null);
    }

    public record Position(Phase phase, Plan plan, Located status, Activity lastActivity, Located focus,
                           Located milestone) {
    }

    /** A value as written and the line it sits on. */
    public record Located(String text, int line) {
    }

    /**
     * {@code number} as written ("62", "02", "5.1"); {@code total} from "35 of 37"; {@code name} without Markdown or the
     * lifecycle word; {@code state} the lifecycle word the line carries ("EXECUTING" in "04 (slug) — EXECUTING",
     * "Complete" in "2 — Name (Complete)", "planning" in "Phase: planning"), or null.
     */
    public record Phase(String number, String name, Integer total, String raw, int line, String state) {
        public Phase(String number, String name, Integer total, String raw, int line) {
            this(number, name, total, raw, line, null);
        }
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

    /**
     * A todo or blocker: {@code done} when the file closes it (checked, struck through, mitigated, resolved, answered),
     * {@code resolution} what closed it when the file says ("Mitigated by Phase 32 quality gates", the text of a
     * "**Resolution**:" line), else null.
     */
    public record Item(String text, int line, boolean done, String resolution) {
        public Item(String text, int line, boolean done) {
            this(text, line, done, null);
        }
    }

    /**
     * The position as a person reads the whole file: each value from the first place that says it — the position block
     * ({@code "body"}), the frontmatter ({@code "frontmatter"}), the focus line ({@code "focus"}), a phase table
     * ({@code "phase-table"}), the lifecycle word on the phase line ({@code "phase-line"}), a "Recent Activity" list
     * ({@code "recent-activity"}) — with Markdown removed from the text. {@link Position} keeps the position block as
     * written, which is what commands update and rules compare; this is what status shows. {@code phase} and {@code plan}
     * are the phase and plan lines the values were read from (null when none was).
     */
    public record Reading(Phase phase, Plan plan, Value phaseNumber, Value phaseName, Value phaseTotal, Value planNumber, Value planTotal,
                          Value status, Value focus, Value lastActivity) {
    }

    /** One value as read: {@code text} without Markdown, {@code raw} as written, its source and 1-based line. */
    public record Value(String text, String raw, String source, int line) {
    }

    public record Session(Located lastSession, Located stoppedAt, Located resumeFile) {
    }
}
