package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.edit.Styles;
import dev.atomstate.model.Decimals;
import dev.atomstate.model.StateModel.ProgressSegment;
import dev.atomstate.parse.ParsedState;

import java.math.RoundingMode;

/** The stated percent of a progress segment is not done/total (rounded down, to nearest or up at the stated precision). */
public final class ProgressPercent implements Rule {
    @Override
    public String id() {
        return "progress-percent";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "a progress percent that is not done/total";
    }

    @Override
    public String explanation() {
        return "The progress line states a percent beside its counts (\"[████░░░░░░] 40% (4/10 plans)\", \"v2.0: "
                + "12/30 plans, 40%\") and the percent is not done/total at the precision it is written with: 77% "
                + "for 38/48 plans. Rounding down, to nearest or up are all accepted, and a line marked approximate "
                + "(\"~40%\") is not checked.";
    }

    @Override
    public String fix() {
        return "Write the percent the counts give, or correct the counts if they are what is wrong. 'atomstate "
                + "check --fix' (or 'atomstate progress --recompute') rewrites the percent from the counts, keeping "
                + "its decimals.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        if (approximate(state)) {
            return;
        }
        for (ProgressSegment s : state.model().progress()) {
            if (s.percent() == null || s.computedPercent() == null) {
                continue;
            }
            String stated = trim(s.percent());
            int decimals = stated.contains(".") ? stated.length() - stated.indexOf('.') - 1 : 0;
            if (!plausible(s.percent(), s.computedPercent(), decimals)) {
                String should = Styles.percentLike(decimals == 0 ? "0" : "0." + "0".repeat(decimals), s.computedPercent());
                out.add(s.line(), s.column(), "progress" + (s.label() == null ? "" : " " + s.label()) + " says " + stated + "% but "
                        + s.done() + "/" + s.total() + " is " + should + "%; write " + should + "%");
            }
        }
    }

    static boolean approximate(ParsedState state) {
        return state.handles().progress() != null && state.handles().progress().value(state.text()).contains("~");
    }

    static String trim(Double d) {
        return Decimals.plain(d);
    }

    private static boolean plausible(double stated, double computed, int decimals) {
        String s = Decimals.rounded(stated, decimals, RoundingMode.HALF_UP);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.CEILING}) {
            // at one scale, two plain forms are equal exactly when the numbers are
            if (Decimals.rounded(computed, decimals, mode).equals(s)) {
                return true;
            }
        }
        return false;
    }
}
