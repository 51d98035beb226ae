package dev.atomstate.check.rules;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.Utf8;


/**
 * A state file past its budget (GSD asks for about 150 lines: it is read at the start of every session). Says
 * how much the "Previous:" history and the decisions of earlier phases take, the usual places to trim, and names
 * the command that moves them out ({@code atomstate compact}).
 */
public final class SizeBudget implements Rule {
    @Override
    public String id() {
        return "size-budget";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "the file is past its size budget (check.size-budget.lines / bytes)";
    }

    @Override
    public String explanation() {
        return "The file is over its budget (default 150 lines or 16 KiB; check.size-budget.lines / bytes in "
                + ".atomstate.yml). STATE.md is read at the start of every session, so what is history costs every "
                + "session; the message says how much the Previous history and earlier phases' decisions take.";
    }

    @Override
    public String fix() {
        return "Run 'atomstate compact' to move history (Previous entries, decisions and metrics of earlier "
                + "phases, resolved items) to STATE-ARCHIVE.md, losslessly; or raise the budget in .atomstate.yml.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        check(state, CheckContext.DEFAULT, out);
    }

    @Override
    public void check(ParsedState state, CheckContext context, Findings out) {
        Document doc = state.doc();
        long bytes = doc.utf8Length();
        int lines = doc.lineCount();
        boolean overLines = lines > context.maxLines();
        boolean overBytes = bytes > context.maxBytes();
        if (!overLines && !overBytes) {
            return;
        }
        // point at the first line past the budget, where trimming would have to start
        int at = overLines ? context.maxLines() + 1 : firstLinePastBytes(doc, context.maxBytes());
        StringBuilder msg = new StringBuilder("file has " + lines + " lines and " + kb(bytes) + " (budget " + context.maxLines()
                + " lines, " + kb(context.maxBytes()) + ")");
        if (!out.detailed()) {
            out.add(at, 1, msg.toString()); // what the history takes is for the message alone
            return;
        }
        int[] history = history(state);
        int[] old = oldDecisions(state);
        if (history[0] > 0) {
            msg.append("; the Previous history takes ").append(history[0]).append(history[0] == 1 ? " line, " : " lines, ").append(kb(history[1]));
        }
        if (old[0] > 0) {
            msg.append("; decisions of earlier phases take ").append(old[0]).append(old[0] == 1 ? " line, " : " lines, ").append(kb(old[1]));
        }
        msg.append(history[0] + old[0] > 0 ? " — run 'atomstate compact' to move that history to STATE-ARCHIVE.md"
                : " — run 'atomstate compact' to move what is history to STATE-ARCHIVE.md, or trim what is no longer current");
        out.add(at, 1, msg.toString());
    }

    private static int[] history(ParsedState state) {
        int lines = 0;
        int bytes = 0;
        for (StateModel.HistoryEntry e : state.model().history()) {
            lines++;
            bytes += lineBytes(state.doc(), e.line() - 1) + 1;
        }
        return new int[] {lines, bytes};
    }

    private static int[] oldDecisions(ParsedState state) {
        StateModel.Phase phase = state.model().position().phase();
        if (phase == null || !PlanId.isPhaseNumber(phase.number())) {
            return new int[] {0, 0};
        }
        int lines = 0;
        int bytes = 0;
        for (StateModel.Decision d : state.model().decisions()) {
            String p = d.phase() == null ? null : PlanIds.leadingNumber(PlanIds.withoutPhaseLabel(d.phase()));
            if (PlanId.isPhaseNumber(p) && PlanId.comparePhases(p, phase.number()) < 0) {
                lines++;
                bytes += lineBytes(state.doc(), d.line() - 1) + 1;
            }
        }
        return new int[] {lines, bytes};
    }

    private static int firstLinePastBytes(Document doc, long budget) {
        long sum = 0;
        for (int i = 0; i < doc.lineCount(); i++) {
            Line line = doc.line(i);
            sum += Utf8.length(doc.text(), line.start(), line.end());
            if (sum > budget) {
                return i + 1;
            }
        }
        return doc.lineCount();
    }

    /** The UTF-8 size of line {@code index}'s content, its terminator aside. */
    private static int lineBytes(Document doc, int index) {
        Line line = doc.line(index);
        return Utf8.length(doc.text(), line.start(), line.contentEnd());
    }

    /** {@code s.toString().getBytes(UTF_8).length}, counted without encoding: a lone surrogate is written as one '?'. */
    static int utf8(CharSequence s) {
        return Utf8.length(s);
    }

    /**
     * {@code String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)} without the formatter (costly on a cold start): the
     * quotient is exact in binary and never within a rounding error of a tie, so tenths rounded half up are the same.
     */
    static String kb(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        long tenths = (bytes * 10 + 512) / 1024;
        return tenths / 10 + "." + tenths % 10 + " KB";
    }
}
