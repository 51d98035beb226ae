package dev.atomstate.check.rules;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel.MetricRow;
import dev.atomstate.parse.ParsedState;

import java.lang.ref.WeakReference;
import java.util.List;

/**
 * The plan key ({@link DuplicateHistory#normal}) of every metrics row, in row order: two rules compare them, and a
 * big file has a quarter of a million rows, so a check run computes them once. The keys of the last model asked are
 * kept by the identity of its row list (which a parsed model never changes), both weakly: the memo holds no model and
 * no keys alive past the check run (a collection in between just means they are computed again).
 */
final class MetricPlanKeys {
    private MetricPlanKeys() {
    }

    private record Memo(WeakReference<List<MetricRow>> rows, WeakReference<String[]> keys) {
    }

    private static volatile Memo last;

    static String[] of(ParsedState state) {
        List<MetricRow> rows = state.model().metrics();
        Memo memo = last;
        String[] known = memo == null || memo.rows().get() != rows ? null : memo.keys().get();
        if (known != null) {
            return known;
        }
        String[] keys = new String[rows.size()];
        for (int i = 0; i < keys.length; i++) {
            MetricRow row = rows.get(i);
            keys[i] = DuplicateHistory.normal(new PlanId(row.phase(), row.plan()));
        }
        last = new Memo(new WeakReference<>(rows), new WeakReference<>(keys));
        return keys;
    }
}
