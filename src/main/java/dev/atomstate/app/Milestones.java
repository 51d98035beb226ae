package dev.atomstate.app;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.parse.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a state file records its milestone, in the ways GSD files do: the frontmatter's {@code milestone} and
 * {@code milestone_name}, a "Milestone:" field ("Milestone: v1.1 — Name", "**Milestone:** v2 Events Pivot"), the
 * italic footer "*Milestone: v2.0 Cold Storage &amp; Replay*", progress segments labelled per milestone
 * ("v1.0 [████] 100% → v2.0 [░░░░] 0%"), and position lines that say "Milestone v1.5 started" or "… complete".
 */
final class Milestones {
    private Milestones() {
    }

    private static final Pattern VERSION = Pattern.compile("(?<![\\w.])([vV]?)(\\d+(?:\\.\\d+)*)(?![\\w.]*\\d)");
    private static final Pattern FOOTER = Pattern.compile("^(\\s*([*_])\\s*Milestone:\\s*)(.*?)(\\s*\\2\\s*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED = Pattern.compile("^(\\s*(?:—|–|--|-|:)\\s*|\\s+)(.+)$", Pattern.DOTALL);
    private static final String DONE_WORDS = "(?:complete|completed|shipped|closed|delivered|done|archived)";
    private static final Pattern STARTED = Pattern.compile("(?i)\\bmilestone\\s+v?(\\d+(?:\\.\\d+)*)\\s+(?:started|STARTED)");

    /** "v2.1", "2.1", "V2" → "2.1"; anything else is a usage error. */
    static String number(String version) {
        String v = version == null ? "" : version.strip();
        if (!v.matches("[vV]?\\d+(\\.\\d+)*")) {
            throw AtomstateException.usage("'" + version + "' is not a milestone version; use e.g. v1.1 or 2.0");
        }
        return v.replaceFirst("^[vV]", "");
    }

    /** The version in the form {@code example} writes it: "v" before the number unless the example starts with a digit. */
    static String like(String example, String number) {
        return example != null && example.strip().matches("\\d.*") ? number : "v" + number;
    }

    /** The footer line's value span "*Milestone: v2.0 Name*" (the last such line outside code), or null. */
    static Span footer(ParsedState ps) {
        Document doc = ps.doc();
        Span found = null;
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            Matcher m = FOOTER.matcher(doc.line(i).content());
            if (!doc.inFence(i) && m.matches()) {
                int start = doc.line(i).start();
                found = new Span(start + m.end(1), start + m.end(3));
            }
        }
        return found;
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
            Matcher m = c == null ? null : VERSION.matcher(c);
            if (m != null && m.find()) {
                return m.group(2);
            }
        }
        for (String line : positionTexts(ps)) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                return m.group(1);
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
        String v = number == null ? "" : "v?" + Pattern.quote(number) + "(?![\\d.]*\\d)";
        Pattern said = number == null
                ? Pattern.compile("(?i)\\bmilestone\\s+(?:is\\s+)?" + DONE_WORDS + "\\b|\\bcompleted\\s+milestone\\b")
                : Pattern.compile("(?i)\\bmilestone\\s+" + v + "\\s+(?:is\\s+)?" + DONE_WORDS + "\\b|(?<![\\w.])" + v
                        + "\\s+milestone\\s+" + DONE_WORDS + "\\b|\\bcompleted\\s+milestone\\s+" + v);
        for (String line : positionTexts(ps)) {
            if (said.matcher(line).find()) {
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

    /**
     * A milestone value ("v1.1 — Old Name", "v2.0 Cold Storage", "1 - MVP") for another version and name in the same
     * form: the version in its place and style, the name after the old separator. A null name drops the old one, which
     * describes the old milestone; the same version with a null name keeps it.
     */
    static String value(String old, String number, String name) {
        Matcher m = VERSION.matcher(old);
        if (!m.find()) {
            return "v" + number + (name == null ? "" : " — " + name);
        }
        String version = m.group(1) + number;
        if (m.group(1).isEmpty() && !old.strip().matches("\\d.*")) {
            version = "v" + number;
        }
        boolean same = PhaseValues.compare(m.group(2), number) == 0;
        String rest = old.substring(m.end());
        Matcher n = NAMED.matcher(rest);
        String newRest;
        if (n.matches()) {
            newRest = name != null ? n.group(1) + name : same ? rest : "";
        } else {
            newRest = name != null ? " — " + name : rest;
        }
        return old.substring(0, m.start()) + version + newRest;
    }

    /** The segments labelled with a milestone version ("v1.0"), in order. */
    static List<ProgressLine.Segment> milestoneSegments(ParsedState ps) {
        List<ProgressLine.Segment> out = new ArrayList<>();
        for (ProgressLine.Segment s : ps.handles().progressSegments()) {
            if (s.label() != null && s.label().matches("v\\d+(\\.\\d+)*")) {
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
