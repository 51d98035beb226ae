package dev.atomstate.check;

import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;

import java.util.List;

/** A consistency rule over one parsed state file. Implementations are stateless. */
public interface Rule {
    /** Stable id used in output, configuration and suppression comments. */
    String id();

    Severity defaultSeverity();

    /** What the rule looks for, one line (for docs and --list-rules). */
    String description();

    void check(ParsedState state, Findings out);

    /**
     * The same with the roadmap and phase folders beside the file; rules that compare against them override
     * this. {@code neighbours} is never null ({@link Neighbours#none()} when there are none).
     */
    default void check(ParsedState state, Neighbours neighbours, Findings out) {
        check(state, out);
    }

    /** Collects findings of one rule with the rule's id and severity filled in. */
    interface Findings {
        void add(int line, int column, String message);
    }

    static List<Rule> all() {
        return List.of(
                new dev.atomstate.check.rules.ProgressPercent(),
                new dev.atomstate.check.rules.ProgressBar(),
                new dev.atomstate.check.rules.FocusMismatch(),
                new dev.atomstate.check.rules.SessionStale(),
                new dev.atomstate.check.rules.DuplicateHistory(),
                new dev.atomstate.check.rules.DuplicateMetric(),
                new dev.atomstate.check.rules.MetricDuration(),
                new dev.atomstate.check.rules.PlanCounter(),
                new dev.atomstate.check.rules.NextActionStale(),
                new dev.atomstate.check.rules.RoadmapMismatch());
    }
}
