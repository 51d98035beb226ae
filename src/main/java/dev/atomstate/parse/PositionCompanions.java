package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fields beside the position's chosen ones. GSD's separate-field dialect (what gsd-tools' begin-phase writes and its
 * state-snapshot reads) keeps parts of a value in fields of their own: {@code **Current Phase Name:**},
 * {@code **Total Phases:**}, {@code **Total Plans in Phase:**} beside a bare {@code **Current Plan:** 2}, and
 * {@code **Last Activity Description:**} beside a bare-date {@code **Last Activity:**}. And a file may record one fact
 * twice — a bold {@code **Status:**} at the top and a {@code Status:} line under "Current Position", or
 * {@code Phase: 02 (x) — EXECUTING} beside {@code **Current Phase:** 02}: the other fields are {@code twins}, which
 * a writer updates too, each in its own form.
 *
 * <p>Twins are looked for only where a position is written: the lines above the first second-level heading and the
 * position section's own lines (up to its first sub-heading); session twins also in the session section. A "Status:"
 * under "### Phase 7 details" is about phase 7, not a twin.
 */
public record PositionCompanions(Field phaseName, Field totalPhases, Field planTotal, Field activityDescription,
                                 List<Field> phases, List<Field> plans, List<Field> statuses, List<Field> activities,
                                 List<Field> lastSessions, List<Field> stoppedAts) {
    public PositionCompanions {
        phases = List.copyOf(phases);
        plans = List.copyOf(plans);
        statuses = List.copyOf(statuses);
        activities = List.copyOf(activities);
        lastSessions = List.copyOf(lastSessions);
        stoppedAts = List.copyOf(stoppedAts);
    }

    static final String[] PHASE = {"phase", "current phase"};
    static final String[] PLAN = {"plan", "current plan"};
    static final String[] STATUS = {"status", "current status"};
    static final String[] ACTIVITY = {"last activity"};
    static final String[] LAST_SESSION = {"last session", "last session at", "last date"};
    static final String[] STOPPED_AT = {"stopped at"};

    /** No companions: a file without a position, or a caller that builds handles by hand. */
    public static final PositionCompanions NONE = new PositionCompanions(null, null, null, null, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    /** Every twin of every position fact, for a caller that owns them all (a test's list of lines a command may touch). */
    public List<Field> all() {
        List<Field> out = new ArrayList<>();
        for (Field f : new Field[] {phaseName, totalPhases, planTotal, activityDescription}) {
            if (f != null) {
                out.add(f);
            }
        }
        out.addAll(phases);
        out.addAll(plans);
        out.addAll(statuses);
        out.addAll(activities);
        out.addAll(lastSessions);
        out.addAll(stoppedAts);
        return out;
    }

    /** The companions of the chosen fields ({@code chosen}: phase, plan, status, last activity, last session, stopped at). */
    static PositionCompanions read(Document doc, List<Field> fields, String[] keys, Section position, Section session, Field... chosen) {
        int preambleEnd = doc.lineCount();
        for (Section s : doc.sections()) {
            if (s.level() >= 2) {
                preambleEnd = s.headingLine();
                break;
            }
        }
        List<int[]> where = new ArrayList<>();
        where.add(new int[] {doc.bodyStartLine(), preambleEnd});
        if (position != null) {
            where.add(new int[] {position.headingLine(), ownEnd(doc, position)});
        }
        List<int[]> sessionWhere = new ArrayList<>(where);
        if (session != null) {
            sessionWhere.add(new int[] {session.headingLine(), ownEnd(doc, session)});
        }
        return new PositionCompanions(
                only(fields, keys, where, "current phase name", "phase name"),
                only(fields, keys, where, "total phases"),
                only(fields, keys, where, "total plans in phase", "plans in phase"),
                only(fields, keys, where, "last activity description", "last activity desc"),
                twins(fields, keys, where, chosen[0], PHASE), twins(fields, keys, where, chosen[1], PLAN),
                twins(fields, keys, where, chosen[2], STATUS), twins(fields, keys, where, chosen[3], ACTIVITY),
                twins(fields, keys, sessionWhere, chosen[4], LAST_SESSION), twins(fields, keys, sessionWhere, chosen[5], STOPPED_AT));
    }

    /** The session's "Last Date" (gsd-tools' name for the last session), only inside the session section. */
    static Field lastDate(List<Field> fields, Section session) {
        if (session == null) {
            return null;
        }
        for (Field f : fields) {
            // the lines first: a key is normalised (copied) only for the few fields inside the section
            if (f.line() > session.headingLine() && f.line() < session.endLine() && f.normalizedKey().equals("last date")) {
                return f;
            }
        }
        return null;
    }

    /** The section's own lines end at its first sub-heading. */
    private static int ownEnd(Document doc, Section s) {
        for (Section sub : doc.sections()) {
            if (sub.headingLine() > s.headingLine() && sub.headingLine() < s.endLine()) {
                return sub.headingLine();
            }
        }
        return s.endLine();
    }

    private static boolean inside(Field f, List<int[]> where) {
        for (int[] range : where) {
            if (f.line() >= range[0] && f.line() < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code keys[i]}: the normalised key of {@code fields.get(i)}, worked out once by the parser. */
    private static Field only(List<Field> fields, String[] keys, List<int[]> where, String... names) {
        Set<String> wanted = Set.of(names);
        for (int i = 0; i < keys.length; i++) {
            Field f = fields.get(i);
            if (inside(f, where) && wanted.contains(keys[i])) {
                return f;
            }
        }
        return null;
    }

    private static List<Field> twins(List<Field> fields, String[] keys, List<int[]> where, Field chosen, String... names) {
        List<Field> out = new ArrayList<>();
        if (chosen == null) {
            return out;
        }
        Set<String> wanted = Set.of(names);
        for (int i = 0; i < keys.length; i++) {
            Field f = fields.get(i);
            if (f.line() != chosen.line() && inside(f, where) && wanted.contains(keys[i])) {
                out.add(f);
            }
        }
        return out;
    }
}
