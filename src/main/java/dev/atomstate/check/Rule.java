package dev.atomstate.check;

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

    /** Rules that need the clock, the size budget or other settings override this one. */
    default void check(ParsedState state, CheckContext context, Findings out) {
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
                new dev.atomstate.check.rules.RoadmapMismatch(),
                new dev.atomstate.check.rules.FrontmatterInvalid(),
                new dev.atomstate.check.rules.FrontmatterDrift(),
                new dev.atomstate.check.rules.DecisionDuplicate(),
                new dev.atomstate.check.rules.ActivityStale(),
                new dev.atomstate.check.rules.DateOrder(),
                new dev.atomstate.check.rules.VelocityTotal(),
                new dev.atomstate.check.rules.TableShape(),
                new dev.atomstate.check.rules.UnclosedFence(),
                new dev.atomstate.check.rules.PlaceholderLeft(),
                new dev.atomstate.check.rules.SizeBudget());
    }
}
