package dev.atomstate.render;

import dev.atomstate.model.StateModel;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code status --line}: one short line for a status bar or prompt (Claude Code's statusLine runs it on every
 * update): phase, plan, the current progress segment, open blockers and check problems, the last two only when
 * there are any. Text from the file is shown with its control characters escaped.
 */
public final class StatusLine {
    private StatusLine() {
    }

    static final String SEPARATOR = " · ";
    private static final int NAME = 32;

    public static String of(dev.atomstate.parse.ParsedState ps, int problems) {
        StateModel m = ps.model();
        List<String> parts = new ArrayList<>();
        StateModel.Position p = m.position();
        if (p.phase() != null && p.phase().number() != null) {
            String phase = "Phase " + p.phase().number() + (p.phase().total() != null ? "/" + p.phase().total() : "");
            parts.add(p.phase().name() != null ? phase + " " + StatusText.clip(p.phase().name(), NAME) : phase);
        }
        if (p.plan() != null) {
            String counter = p.plan().number() != null && p.plan().total() != null ? p.plan().number() + "/" + p.plan().total() : null;
            dev.atomstate.model.PlanId id = p.plan().id() == null ? null : dev.atomstate.parse.PlanIds.parse(p.plan().id());
            if (id != null) {
                // spelled as the file spells its plan ids, like status --json: the id complete-plan takes
                parts.add("Plan " + dev.atomstate.query.WrittenPlanIds.asWritten(ps, id) + (counter != null ? " (" + counter + ")" : ""));
            } else if (counter != null) {
                parts.add("Plan " + counter);
            }
        }
        if (!m.progress().isEmpty()) {
            StateModel.ProgressSegment s = m.progress().get(m.progress().size() - 1); // the current milestone comes last
            Double percent = s.percent() != null ? s.percent() : s.computedPercent() != null ? (double) Math.round(s.computedPercent()) : null;
            if (percent != null) {
                parts.add((s.label() != null ? s.label() + " " : "") + StatusText.trim(percent) + "%");
            }
        }
        long blockers = 0;
        for (StateModel.Item b : m.blockers()) {
            if (!b.done()) {
                blockers++;
            }
        }
        if (blockers > 0) {
            parts.add(blockers + (blockers == 1 ? " blocker" : " blockers"));
        }
        if (problems > 0) {
            parts.add(problems + (problems == 1 ? " problem" : " problems"));
        }
        return parts.isEmpty() ? "no position recorded" : Messages.oneLine(String.join(SEPARATOR, parts));
    }
}
