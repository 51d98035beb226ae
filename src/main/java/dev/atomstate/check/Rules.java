package dev.atomstate.check;

import dev.atomstate.check.rules.ActivityStale;
import dev.atomstate.check.rules.DateOrder;
import dev.atomstate.check.rules.DecisionDuplicate;
import dev.atomstate.check.rules.DuplicateHistory;
import dev.atomstate.check.rules.DuplicateMetric;
import dev.atomstate.check.rules.FocusMismatch;
import dev.atomstate.check.rules.FrontmatterDrift;
import dev.atomstate.check.rules.FrontmatterInvalid;
import dev.atomstate.check.rules.MetricDuration;
import dev.atomstate.check.rules.NextActionStale;
import dev.atomstate.check.rules.PlaceholderLeft;
import dev.atomstate.check.rules.PlanCounter;
import dev.atomstate.check.rules.PositionBehindMetrics;
import dev.atomstate.check.rules.ProgressBar;
import dev.atomstate.check.rules.ProgressPercent;
import dev.atomstate.check.rules.RoadmapMismatch;
import dev.atomstate.check.rules.SessionStale;
import dev.atomstate.check.rules.SizeBudget;
import dev.atomstate.check.rules.TableShape;
import dev.atomstate.check.rules.UnclosedFence;
import dev.atomstate.check.rules.VelocityTotal;

import java.util.List;

/**
 * The registry of state-file rules, in the order --list-rules and SARIF show them. A new rule is one class in
 * {@code check/rules/} (implementing {@link Rule}), one line here, and a fixture folder under
 * {@code src/test/resources/check-rules/}. Kept apart from {@link Rule} so that the interface does not depend on
 * its implementations (and they on it: one circle).
 */
public final class Rules {
    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new ProgressPercent(),
                new ProgressBar(),
                new FocusMismatch(),
                new SessionStale(),
                new DuplicateHistory(),
                new DuplicateMetric(),
                new MetricDuration(),
                new PlanCounter(),
                new NextActionStale(),
                new RoadmapMismatch(),
                new FrontmatterInvalid(),
                new FrontmatterDrift(),
                new DecisionDuplicate(),
                new ActivityStale(),
                new PositionBehindMetrics(),
                new DateOrder(),
                new VelocityTotal(),
                new TableShape(),
                new UnclosedFence(),
                new PlaceholderLeft(),
                new SizeBudget());
    }
}
