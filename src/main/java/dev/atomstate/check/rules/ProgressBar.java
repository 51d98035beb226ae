package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.ProgressSegment;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;

/** A progress bar whose filled cells lie outside [floor, ceil] of percent × cells / 100. */
public final class ProgressBar implements Rule {
    @Override
    public String id() {
        return "progress-bar";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "a progress bar that does not show its percent";
    }

    @Override
    public String explanation() {
        return "A progress bar fills a number of cells that does not show its percent: the filled cells must lie "
                + "between floor and ceiling of percent × cells / 100 (4 or 5 of 10 cells for 45%). Bars of any "
                + "width and glyphs (█░, #-, ▓░) are read.";
    }

    @Override
    public String fix() {
        return "Redraw the bar for the percent. 'atomstate check --fix' (or 'atomstate progress --recompute') "
                + "redraws it in the same width and glyphs.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        for (int i = 0; i < state.model().progress().size(); i++) {
            ProgressSegment s = state.model().progress().get(i);
            if (s.barCells() == null) {
                continue;
            }
            Double percent = s.percent() != null ? s.percent() : s.computedPercent();
            if (percent == null || percent > 100) {
                continue;
            }
            double exact = percent * s.barCells() / 100.0;
            int low = (int) Math.floor(exact + 1e-9);
            int high = (int) Math.ceil(exact - 1e-9);
            if (s.barFilled() < low || s.barFilled() > high) {
                ProgressLine.Segment seg = state.handles().progressSegments().get(i);
                int line = state.doc().lineAt(seg.bar().start()) + 1;
                int column = state.doc().columnAt(seg.bar().start());
                out.add(line, column, "progress bar" + (s.label() == null ? "" : " of " + s.label()) + " fills " + s.barFilled()
                        + " of " + s.barCells() + " cells for " + ProgressPercent.trim(percent) + "%; it should fill "
                        + ProgressLine.filledCells(percent, s.barCells()));
            }
        }
    }
}
