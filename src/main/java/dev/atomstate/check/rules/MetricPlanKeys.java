package dev.atomstate.check.rules;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.parse.ParsedState;

import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The plan key ({@link DuplicateHistory#normal}) of every metrics row, in row order: two rules compare them, and a
 * big file has a quarter of a million rows, so a check run computes them once. The keys of the last model asked are
 * kept (weakly, by the identity of its row list, which a parsed model never changes); another model computes its own.
 */
final class MetricPlanKeys {
    private MetricPlanKeys() {
    }

    private record Memo(WeakReference<List<MetricRow>> rows, String[] keys) {
    }

    private static volatile Memo last;

    static String[] of(ParsedState state) {
        List<MetricRow> rows = state.model().metrics();
        Memo memo = last;
        if (memo != null && memo.rows().get() == rows) {
            return memo.keys();
        }
        String[] keys = new String[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            MetricRow row = rows.get(i);
            keys[i] = DuplicateHistory.normal(new PlanId(row.phase(), row.plan()));
        }
        last = new Memo(new WeakReference<>(rows), keys);
        return keys;
    }
}
