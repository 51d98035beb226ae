package dev.atomstate.app.merge;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.app.MilestoneRecords;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * How far along one version of a state file is: milestone, then phase, then the highest plan done in that phase,
 * then whether the phase is recorded complete, then the date of the last activity; for session continuity, then
 * the last session's time. Absent parts rank lowest. Two versions of equal rank that say different things are a
 * real conflict.
 */
record Rank(String milestone, String phase, int plan, boolean phaseComplete, String activity, String session)
        implements Comparable<Rank> {

    private static final LazyPattern NUMBER = LazyPattern.of("\\d+(?:\\.\\d+)*");
    private static final LazyPattern WHEN = LazyPattern.of("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}:\\d{2}(?::\\d{2})?))?");
    private static final LazyPattern PHASE_DONE = LazyPattern.of("(?i)\\bphase\\s+(?:\\S+\\s+)?(?:is\\s+)?(?:complete|completed|done)\\b");

    static Rank of(ParsedState ps, Map<String, PlanId> done) {
        StateModel m = ps.model();
        String milestone = MilestoneRecords.current(ps);
        StateModel.Phase p = m.position().phase();
        String phase = p == null || p.number() == null || !NUMBER.matcher(p.number()).matches() ? null : p.number();
        int plan = CompletedPlans.highestIn(done, phase);
        StateModel.Located status = m.position().status();
        boolean complete = status != null && PHASE_DONE.matcher(status.text()).find();
        String activity = when(m.position().lastActivity() == null ? m.frontmatter().get("last_activity") : m.position().lastActivity().raw());
        String session = when(m.session().lastSession() == null ? m.frontmatter().get("last_session") : m.session().lastSession().text());
        return new Rank(milestone == null || !NUMBER.matcher(milestone).matches() ? null : milestone, phase, plan, complete, activity, session);
    }

    /** "2026-03-10 14:05" from the first date (and time) in {@code text}, or null. */
    static String when(String text) {
        if (text == null) {
            return null;
        }
        Matcher w = WHEN.matcher(text);
        if (!w.find()) {
            return null;
        }
        String time = w.group(2) == null ? "" : " " + (w.group(2).indexOf(':') == 1 ? "0" : "") + w.group(2);
        return w.group(1) + time;
    }

    /** Position only: milestone, phase, plan, completeness, activity date. */
    int comparePosition(Rank o) {
        int c = compareNumbers(milestone, o.milestone);
        if (c == 0) {
            c = compareNumbers(phase, o.phase);
        }
        if (c == 0) {
            c = Integer.compare(plan, o.plan);
        }
        if (c == 0) {
            c = Boolean.compare(phaseComplete, o.phaseComplete);
        }
        return c != 0 ? c : compareText(activity, o.activity);
    }

    /** Session continuity follows the position, then the time of the last session. */
    @Override
    public int compareTo(Rank o) {
        int c = comparePosition(o);
        return c != 0 ? c : compareText(session, o.session);
    }

    /** The milestones alone (null: the file names none). */
    int compareMilestone(Rank o) {
        return compareNumbers(milestone, o.milestone);
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        if (milestone != null) {
            sb.append("v").append(milestone).append(' ');
        }
        sb.append(phase == null ? "no phase" : "phase " + phase);
        if (plan > 0) {
            sb.append(", plan ").append(plan).append(" done");
        }
        if (phaseComplete) {
            sb.append(", phase complete");
        }
        if (activity != null) {
            sb.append(", ").append(activity);
        }
        return sb.toString();
    }

    private static int compareNumbers(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return PlanId.comparePhases(a, b);
    }

    private static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
