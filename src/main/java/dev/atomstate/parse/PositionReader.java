package dev.atomstate.parse;

import dev.atomstate.model.Digits;
import dev.atomstate.model.StateModel.Phase;
import dev.atomstate.model.StateModel.Plan;
import dev.atomstate.model.StateModel.Position;
import dev.atomstate.model.StateModel.Reading;
import dev.atomstate.model.StateModel.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The position as a person reads the whole file ({@link Reading}). The position block's fields come first
 * ({@code "body"}), then the other ways a body states the position — an "Active Phase:" field, a two-column position
 * table, a "Phase N: Name (State)" line under an "Active Phase" or "Current Work" heading, "Current position: Plan 03
 * next" — then, for what the body does not say, the frontmatter, the focus line, a phase table, the lifecycle word on the
 * phase line and a "Recent Activity" list. Placeholders ("—", "None", "{{N}}") are not values.
 */
final class PositionReader {
    private PositionReader() {
    }

    static final String BODY = "body";
    static final String FRONTMATTER = "frontmatter";

    private static final LazyPattern PHASE_LINE = LazyPattern.of("(?i)^Phase\\s+\\d+(?:\\.\\d+)*(?:\\s*(?::|,|—|–|-|\\()|\\s*$)");
    /** "Phase 1: complete. Phase 2: complete.": a line about two phases states no single position. */
    private static final LazyPattern SECOND_PHASE = LazyPattern.of("(?i)^Phase\\s+\\d.*\\bPhase\\s+\\d");
    private static final LazyPattern PLAN_ON_PHASE_LINE = LazyPattern.of("(?i),\\s*Plan\\s+(\\S+)");
    private static final LazyPattern PHASES_COUNT = LazyPattern.of("(?i)\\b(\\d{1,4})\\s*(?:of|/)\\s*(\\d{1,4})\\s+phases\\b");
    private static final LazyPattern FOCUS_PHASE = LazyPattern.of(
            "(?i)^[\\W_]*(?:(?:ready (?:for|to (?:plan|execute|start))|next:?|now:?|executing|planning|plan|execute|start|begin|continue|complete|verify|discuss)\\s+)?Phase\\s+(\\d+(?:\\.\\d+)*)");
    private static final LazyPattern LEADING_DATE = LazyPattern.of("^[*_\\s]*(\\d{4}-\\d{2}-\\d{2})");
    private static final String[] POSITION_HEADINGS = {"active phase", "current phase", "current work", "current position",
            "current status", "current state", "status snapshot", "where we are", "position"};

    /** A "Phase N …" line that states the position without a field name, and the fields of its block. */
    private record PhaseLine(Phase phase, Field status, Plan plan, int line) {
    }

    /** {@code keys[i]}: the normalised key of {@code fields.get(i)}, worked out once by the parser (a big file has many). */
    static Reading read(Document doc, List<Field> fields, String[] keys, Section positionSection, Position pos, Map<String, String> fm) {
        String t = doc.text();
        Phase phase = pos.phase();
        Plan plan = pos.plan();
        Field statusField = null;
        PhaseLine unkeyed = null;
        if (phase == null) {
            Field active = firstField(fields, keys, "active phase", "current phase");
            Field row = tableField(doc, positionSection, "phase", "current phase", "active phase");
            Field f = active != null ? active : row;
            if (f != null) {
                phase = PositionValues.phase(f.value(t), f.line() + 1);
            } else {
                unkeyed = phaseLine(doc, fields);
                if (unkeyed != null) {
                    phase = unkeyed.phase();
                    statusField = unkeyed.status();
                }
            }
        }
        if (plan == null) {
            Field row = tableField(doc, positionSection, "plan", "current plan");
            Field at = firstField(fields, keys, "current position");
            String number = phase == null ? null : phase.number();
            if (row != null) {
                plan = PositionValues.plan(row.value(t), row.line() + 1, number);
            } else if (unkeyed != null && unkeyed.plan() != null) {
                plan = unkeyed.plan();
            } else if (at != null && at.value(t).regionMatches(true, 0, "plan ", 0, 5)) {
                plan = PositionValues.plan(at.value(t), at.line() + 1, number);
            }
        }

        Value phaseNumber = phase == null || phase.number() == null ? null : value(phase.number(), phase.raw(), BODY, phase.line());
        if (phase == null) {
            String current = fm.get("current_phase");
            if (usable(current)) {
                Phase p = PositionValues.phase(current, 0);
                if (p.number() != null) {
                    phase = p;
                    phaseNumber = value(p.number(), current, FRONTMATTER, fmLine(doc, "current_phase"));
                }
            }
        }
        Field focus = firstField(fields, keys, "current focus", "focus");
        String focusRaw = focus == null ? null : focus.value(t);
        String focusText = focus == null ? null : Markdown.plain(focusRaw);
        if (phase == null && focusText != null) {
            Matcher m = FOCUS_PHASE.matcher(focusText);
            if (m.find()) {
                phaseNumber = value(m.group(1), focus.value(t), "focus", focus.line() + 1);
            }
        }
        String number = phaseNumber == null ? null : phaseNumber.text();

        Value phaseName = phase == null || phase.name() == null ? null : value(phase.name(), phase.raw(), phaseNumber == null ? BODY : phaseNumber.source(), phase.line());
        if (phaseName == null && phaseNumber != null && BODY.equals(phaseNumber.source()) && positionSection != null) {
            // "**Phase:** 1" with "**Name:** Data Architecture Implementation" below it
            Field name = firstField(fields, keys, positionSection, "name", "phase name");
            if (name != null && usable(name.value(t))) {
                phaseName = value(Markdown.plain(name.value(t)), name.value(t), BODY, name.line() + 1);
            }
        }
        if (phaseName == null && fm.get("current_phase_name") != null && usable(fm.get("current_phase_name"))
                && (phaseNumber == null || FRONTMATTER.equals(phaseNumber.source()) || samePhase(fm.get("current_phase"), number))) {
            phaseName = value(Markdown.plain(fm.get("current_phase_name")), fm.get("current_phase_name"), FRONTMATTER, fmLine(doc, "current_phase_name"));
        }
        if (phaseName == null && number != null) {
            phaseName = PhaseTables.name(doc, number);
        }
        if (phaseName == null && number != null && focusText != null) {
            phaseName = focusName(focusText, focusRaw, focus.line() + 1, number);
        }

        Value phaseTotal = phase != null && phase.total() != null && phaseNumber != null && BODY.equals(phaseNumber.source())
                ? value(phase.total().toString(), phase.raw(), BODY, phase.line()) : null;
        if (phaseTotal == null) {
            String total = fm.get("progress.total_phases");
            if (total != null && Digits.isAll(total.strip(), 1, 5) && Integer.parseInt(total.strip()) > 0) {
                phaseTotal = value(Integer.toString(Integer.parseInt(total.strip())), total, FRONTMATTER, fmLine(doc, "progress.total_phases"));
            }
        }
        if (phaseTotal == null && positionSection != null) {
            NextChar lowerP = new NextChar(t, 'p');
            NextChar upperP = new NextChar(t, 'P');
            for (Field f : fields) {
                if (f.line() > positionSection.headingLine() && f.line() < positionSection.endLine()
                        && mentionsPhases(t, lowerP, upperP, f.value().start(), f.value().end())) {
                    Matcher m = PHASES_COUNT.matcher(f.value(t));
                    if (m.find()) {
                        phaseTotal = value(m.group(2), f.value(t), BODY, f.line() + 1);
                        break;
                    }
                }
            }
        }

        Value planNumber = plan == null || plan.number() == null ? null : value(plan.number().toString(), plan.raw(), BODY, plan.line());
        if (plan == null && usable(fm.get("current_plan"))) {
            Plan p = PositionValues.plan(fm.get("current_plan"), 0, number);
            if (p.number() != null) {
                plan = p;
                planNumber = value(p.number().toString(), fm.get("current_plan"), FRONTMATTER, fmLine(doc, "current_plan"));
            }
        }
        Value planTotal = plan == null || plan.total() == null ? null
                : value(plan.total().toString(), plan.raw(), planNumber == null ? BODY : planNumber.source(), plan.line());

        if (statusField == null && pos.status() == null) {
            statusField = firstField(fields, keys, "overall status");
            if (statusField == null) {
                statusField = tableField(doc, positionSection, "status", "current status");
            }
        }
        Value status = null;
        String statusRaw = statusField != null ? statusField.value(t) : pos.status() != null ? pos.status().text() : null;
        int statusLine = statusField != null ? statusField.line() + 1 : pos.status() != null ? pos.status().line() : 0;
        if (usable(statusRaw)) {
            status = value(Markdown.plain(statusRaw), statusRaw, BODY, statusLine);
        }
        if (status == null && statusRaw == null && phase != null && phase.state() != null && phaseNumber != null
                && !FRONTMATTER.equals(phaseNumber.source())) {
            status = value(phase.state(), phase.raw(), "phase-line", phase.line());
        }
        if (status == null && statusRaw == null && pos.phase() != null && pos.phase().number() == null && pos.phase().state() != null) {
            status = value(pos.phase().state(), pos.phase().raw(), "phase-line", pos.phase().line());
        }
        String fmStatus = fm.get("status");
        if (status == null && statusRaw == null && usable(fmStatus) && !fmStatus.strip().equalsIgnoreCase("unknown")) {
            status = value(Markdown.plain(fmStatus), fmStatus, FRONTMATTER, fmLine(doc, "status"));
        }
        if (planTotal == null && plan != null) {
            Integer fromLine = PhaseText.plansTotal(phase == null ? null : phase.raw());
            if (fromLine != null) {
                planTotal = value(fromLine.toString(), phase.raw(), BODY, phase.line());
            } else if (status != null && BODY.equals(status.source())) {
                // "Status: 3 of 7 plans done" where no phase line says it (nor, in a mangled file, any phase line at all)
                fromLine = PhaseText.plansTotal(status.raw());
                if (fromLine != null) {
                    planTotal = phase != null ? value(fromLine.toString(), phase.raw(), BODY, phase.line())
                            : value(fromLine.toString(), status.raw(), BODY, status.line());
                }
            }
        }

        Value activity = null;
        if (pos.lastActivity() != null) {
            activity = value(pos.lastActivity().date(), pos.lastActivity().raw(), BODY, pos.lastActivity().line());
        } else if (fm.get("last_activity") != null && DateForms.startsWithDate(fm.get("last_activity").strip())) {
            activity = value(fm.get("last_activity").strip().substring(0, 10), fm.get("last_activity"), FRONTMATTER, fmLine(doc, "last_activity"));
        } else {
            activity = recentActivity(doc);
        }
        Value focusValue = focus == null ? null : value(focusText, focusRaw, BODY, focus.line() + 1);
        return new Reading(phase, plan, phaseNumber, phaseName, phaseTotal, planNumber, planTotal, status, focusValue, activity);
    }

    /**
     * Whether {@code t[from, to)} holds "phases" in some case, which {@link #PHASES_COUNT} needs: a position section may
     * hold a big file's whole history, and a regex find over each of its values is costly. Found from each 'p' or 'P'
     * (regionMatches ignoring case is looser than the pattern's ASCII case, so nothing the pattern finds is missed).
     */
    private static boolean mentionsPhases(String t, NextChar lowerP, NextChar upperP, int from, int to) {
        int i = from;
        while (true) {
            int at = Math.min(lowerP.from(i), upperP.from(i));
            if (at + 6 > to) {
                return false;
            }
            if (t.regionMatches(true, at, "phases", 0, 6)) {
                return true;
            }
            i = at + 1;
        }
    }

    /** The 1-based line of frontmatter key {@code path}, 1 when it cannot be found. */
    private static int fmLine(Document doc, String path) {
        FrontmatterBlock.Entry e = doc.frontmatter().isEmpty() ? null : doc.frontmatter().get(0).entry(path);
        return e == null ? 1 : e.line() + 1;
    }

    private static Value value(String text, String raw, String source, int line) {
        return new Value(text, raw, source, line);
    }

    /** Not a placeholder: "—", "None", "TBD", "{{N}}", "[X]". */
    static boolean usable(String v) {
        if (v == null) {
            return false;
        }
        String s = v.strip();
        return !s.isEmpty() && !s.contains("{{") && !StatusWords.isNone(s) && !PlaceholderText.saysNone(s)
                && PlaceholderText.template(s) == null && !s.equals("~");
    }

    private static boolean samePhase(String a, String b) {
        return a != null && b != null && PhaseTables.unpadded(a.strip()).equals(PhaseTables.unpadded(b.strip()));
    }

    private static Field firstField(List<Field> fields, String[] fieldKeys, String... names) {
        return firstField(fields, fieldKeys, null, names);
    }

    /** The first field with one of {@code names}, inside {@code within} when it is given. */
    private static Field firstField(List<Field> fields, String[] fieldKeys, Section within, String... names) {
        for (int i = 0; i < fieldKeys.length; i++) {
            Field f = fields.get(i);
            if (within != null && (f.line() < within.headingLine() || f.line() >= within.endLine())) {
                continue;
            }
            String k = fieldKeys[i];
            for (String name : names) {
                if (k.equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A row of a two-column table in the position section ("| **Current Phase** | 04-distribution |"), as a field. */
    private static Field tableField(Document doc, Section position, String... keys) {
        if (position == null) {
            return null;
        }
        String t = doc.text();
        for (TableBlock table : TableBlock.scan(doc, position.firstContentLine(), position.endLine())) {
            for (TableBlock.Row row : table.dataRows()) {
                if (row.cells().size() != 2) {
                    continue;
                }
                String key = Field.normalizeKey(Markdown.plain(row.cell(t, 0)));
                for (String k : keys) {
                    if (key.equals(k)) {
                        Span keySpan = row.cells().get(0);
                        return new Field(row.cell(t, 0), row.line(), keySpan, row.cells().get(1), Field.Style.PLAIN, "|");
                    }
                }
            }
        }
        return null;
    }

    /**
     * A "Phase N: Name (State)" line under a position heading ("## Active Phase", "## Current Work"), with the Status and
     * plan fields that follow it up to the next such line. When several phases are listed, the current one is the last
     * that is not complete (else the last).
     */
    private static PhaseLine phaseLine(Document doc, List<Field> fields) {
        String t = doc.text();
        for (Section s : doc.sections()) {
            String title = s.normalizedTitle();
            boolean positional = false;
            for (String h : POSITION_HEADINGS) {
                positional |= title.equals(h);
            }
            if (!positional) {
                continue;
            }
            List<Integer> lines = new ArrayList<>();
            List<Phase> phases = new ArrayList<>();
            for (int i = s.firstContentLine(); i < s.endLine(); i++) {
                if (doc.inFence(i) || Section.atxLevel(doc.line(i).content()) > 0) {
                    continue;
                }
                String c = lineText(doc.line(i).content());
                if (PHASE_LINE.matcher(c).find() && !SECOND_PHASE.matcher(c).find()) {
                    lines.add(i);
                    phases.add(PositionValues.phase(c, i + 1));
                }
            }
            if (phases.isEmpty()) {
                continue;
            }
            int pick = phases.size() - 1;
            for (int k = phases.size() - 1; k >= 0; k--) {
                String state = phases.get(k).state();
                if (state == null || !PositionValues.saysComplete(state)) {
                    pick = k;
                    break;
                }
            }
            int from = lines.get(pick);
            int to = pick + 1 < lines.size() ? lines.get(pick + 1) : s.endLine();
            Field status = null;
            Plan plan = null;
            Phase phase = phases.get(pick);
            Matcher onLine = PLAN_ON_PHASE_LINE.matcher(lineText(doc.line(from).content()));
            if (onLine.find()) {
                plan = PositionValues.plan(onLine.group(1), from + 1, phase.number());
            }
            for (Field f : fields) {
                if (f.line() > from && f.line() < to) {
                    String k = f.normalizedKey();
                    if (status == null && (k.equals("status") || k.equals("current status"))) {
                        status = f;
                    } else if (plan == null && (k.equals("plan") || k.equals("current plan")
                            || k.equals("current position") && f.value(t).regionMatches(true, 0, "plan ", 0, 5))) {
                        plan = PositionValues.plan(f.value(t), f.line() + 1, phase.number());
                    }
                }
            }
            return new PhaseLine(phase, status, plan, from);
        }
        return null;
    }

    /** A line without its list marker, blockquote marker and emphasis. */
    private static String lineText(String content) {
        String c = content.strip();
        if (c.startsWith(">")) {
            c = c.substring(1).strip();
        }
        if (c.length() > 1 && (c.charAt(0) == '-' || c.charAt(0) == '*' || c.charAt(0) == '+') && c.charAt(1) == ' ') {
            c = c.substring(2).strip();
        }
        return Markdown.plain(c);
    }

    /** "Phase 4 — Email Assembly" in the focus line, when the focus is about phase {@code number}. */
    private static Value focusName(String focusText, String focusRaw, int line, String number) {
        Matcher m = FOCUS_PHASE.matcher(focusText);
        if (!m.find() || !samePhase(m.group(1), number)) {
            return null;
        }
        String rest = focusText.substring(m.end());
        int paren = rest.indexOf(" (");
        if (paren > 0 && rest.strip().endsWith(")")) {
            rest = rest.substring(0, paren);
        }
        PhaseText.Rest r = PhaseText.rest(rest);
        return r.name() == null ? null : value(r.name(), focusRaw, "focus", line);
    }

    /** The newest date that starts an item of a "Recent Activity" list. */
    private static Value recentActivity(Document doc) {
        String t = doc.text();
        for (Section s : doc.sections()) {
            if (!s.normalizedTitle().contains("recent activity")) {
                continue;
            }
            String newest = null;
            int line = 0;
            for (ListItem item : ListItem.scan(doc, s.firstContentLine(), s.endLine())) {
                Matcher m = LEADING_DATE.matcher(item.text().of(t));
                if (m.find() && (newest == null || m.group(1).compareTo(newest) > 0)) {
                    newest = m.group(1);
                    line = item.line() + 1;
                }
            }
            if (newest != null) {
                return value(newest, doc.line(line - 1).content().strip(), "recent-activity", line);
            }
        }
        return null;
    }
}
