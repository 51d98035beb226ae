package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.MilestoneForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.parse.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a state file records its milestone, in the ways GSD files do: the frontmatter's {@code milestone} and
 * {@code milestone_name}, a "Milestone:" field ("Milestone: v1.1 — Name", "**Milestone:** v2 Events Pivot"), the
 * italic footer "*Milestone: v2.0 Cold Storage &amp; Replay*", progress segments labelled per milestone
 * ("v1.0 [████] 100% → v2.0 [░░░░] 0%"), and position lines that say "Milestone v1.5 started" or "… complete".
 */
final class Milestones {
    private Milestones() {
    }

    /** "v2.1", "2.1", "V2" → "2.1"; anything else is a usage error. */
    static String number(String version) {
        String n = MilestoneForms.argument(version);
        if (n == null || !PlanId.isPlausiblePhaseNumber(n)) {
            throw AtomstateException.usage("'" + version + "' is not a milestone version; use e.g. v1.1 or 2.0 (at most "
                    + PlanId.MAX_PHASE_DIGITS + " digits a part)");
        }
        return n;
    }

    /** The footer line's value span "*Milestone: v2.0 Name*" (the last such line outside code), or null. */
    static Span footer(ParsedState ps) {
        return MilestoneForms.footer(ps.doc());
    }

    /** The number of the milestone the file is in (null when it names none), from the most specific record. */
    static String current(ParsedState ps) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ps.model().frontmatter().get("milestone"));
        if (ps.handles().milestone() != null) {
            candidates.add(ps.handles().milestone().value(ps.text()));
        }
        Span footer = footer(ps);
        if (footer != null) {
            candidates.add(footer.of(ps.text()));
        }
        for (String c : candidates) {
            String v = MilestoneForms.versionIn(c);
            if (v != null) {
                return v;
            }
        }
        for (String line : positionTexts(ps)) {
            String started = MilestoneForms.startedIn(line);
            if (started != null) {
                return started;
            }
        }
        String last = null;
        for (ProgressLine.Segment s : ps.handles().progressSegments()) {
            if (s.label() != null && s.label().startsWith("v")) {
                last = s.label().substring(1);
            }
        }
        return last;
    }

    /** Status, last activity and stopped at: the lines that say what just happened. */
    static List<String> positionTexts(ParsedState ps) {
        StateModel m = ps.model();
        List<String> out = new ArrayList<>();
        for (StateModel.Located l : new StateModel.Located[] {m.position().status(), m.session().stoppedAt()}) {
            if (l != null) {
                out.add(l.text());
            }
        }
        if (m.position().lastActivity() != null) {
            out.add(m.position().lastActivity().raw());
        }
        // the frontmatter may be the only place that says it (a body without status or activity lines)
        for (String key : new String[] {"status", "last_activity", "stopped_at"}) {
            String fm = m.frontmatter().get(key);
            if (fm != null) {
                out.add(fm);
            }
        }
        return out;
    }

    /**
     * Whether the file records milestone {@code number} (null: the unnamed current one) as complete: a position line
     * saying "Milestone v1.2 complete", "v1.3 Milestone SHIPPED", "Completed milestone v1.2", or a progress segment
     * labelled with it that is full.
     */
    static boolean recordedComplete(ParsedState ps, String number) {
        for (String line : positionTexts(ps)) {
            if (MilestoneForms.saysDone(line, number)) {
                return true;
            }
        }
        if (number != null) {
            for (ProgressLine.Segment s : ps.handles().progressSegments()) {
                if (s.label() != null && s.label().equalsIgnoreCase("v" + number) && full(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean full(ProgressLine.Segment s) {
        if (s.doneValue() != null && s.totalValue() != null) {
            return s.totalValue() > 0 && s.doneValue() >= s.totalValue();
        }
        return s.percentValue() != null && s.percentValue() >= 100;
    }

    /** The segments labelled with a milestone version ("v1.0"), in order. */
    static List<ProgressLine.Segment> milestoneSegments(ParsedState ps) {
        List<ProgressLine.Segment> out = new ArrayList<>();
        for (ProgressLine.Segment s : ps.handles().progressSegments()) {
            if (MilestoneForms.isVersionLabel(s.label())) {
                out.add(s);
            }
        }
        return out;
    }

    /** The segment that counts the current milestone: labelled with it, else the last one not about a phase; or null. */
    static ProgressLine.Segment currentSegment(ParsedState ps, String number) {
        ProgressLine.Segment last = null;
        for (ProgressLine.Segment s : ps.handles().progressSegments()) {
            if (s.label() != null && number != null && s.label().equalsIgnoreCase("v" + number)) {
                return s;
            }
            if (s.label() == null) {
                last = s;
            }
        }
        return milestoneSegments(ps).isEmpty() ? last : null;
    }
}
