package dev.atomstate.parse;

import dev.atomstate.model.StateModel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms the position fields are written in — read so that a command can write a new value the same way
 * (edit.PositionText renders them): the plan as a counter ("3 of 7"), an id ("67-04") or a slug id
 * ("17-agent-layer-03"); the phase with its counter and name ("2 of 4 (Meal Planner)", "41-stream-compaction");
 * the focus's "Phase N"; the status that names a completed plan; the activity's date, separator and description,
 * and the completion phrases descriptions use ("Phase 41-03 COMPLETE", "Completed 02-02-PLAN.md").
 *
 * <p>{@link PositionValues} reads what these fields mean for the model; the forms here are read from the same value
 * but leniently (any words may stand before the number), since they only say where a new number goes.
 */
public final class PositionForms {
    private PositionForms() {
    }

    private static final LazyPattern COUNTS = LazyPattern.of("(?s)^\\**\\d+\\s*(of|/).*|^\\**\\d{1,6}\\**$");

    /** The forms only a writing command reads, compiled on first use: status and check need only COUNTS. */
    private static final class Writing {
        private static final String NUM = "\\d+(?:\\.\\d+)*";
        private static final LazyPattern COUNTER = LazyPattern.of("^(\\D*?)(\\d{1,9})(\\s*(?:of|/)\\s*)(\\d{1,9}(?!\\d)|\\?|TBD|[A-Z][A-Z ]*)(.*)$", Pattern.DOTALL);
        private static final LazyPattern BARE = LazyPattern.of("^(\\**)(\\d{1,6})()()(\\**)$");
        private static final LazyPattern ID = LazyPattern.of("^(\\D*?)(" + NUM + ")(-)(\\d+)(?![\\d.])(.*)$", Pattern.DOTALL);
        private static final LazyPattern SLUG_ID = LazyPattern.of("^(\\D*?)(" + NUM + "-[A-Za-z][\\w-]*?-)(\\d+)(?![\\w.])(.*)$", Pattern.DOTALL);
        private static final LazyPattern NOT_A_PLAN = LazyPattern.of("(?i)[-—–]*|none|n/a|tbd|not (?:yet )?started\\.?");
        private static final LazyPattern ID_LIKE = LazyPattern.of("\\D{0,20}" + NUM + "-.*");
        private static final LazyPattern NUMBERED = LazyPattern.of("^(\\D*?)(" + NUM + ")(\\s*(?:of|/)\\s*\\d+)?(.*)$", Pattern.DOTALL);
        private static final LazyPattern PARENS = LazyPattern.of("^(\\s*\\()([^)]*)(\\))(.*)$", Pattern.DOTALL);
        private static final LazyPattern SEPARATED = LazyPattern.of("^(\\s*(?:—|–|--|-|:)\\s*)(.*)$", Pattern.DOTALL);
        private static final LazyPattern SLUG = LazyPattern.of("^-([a-z0-9]+(?:-[a-z0-9]+)*)$");
        private static final LazyPattern SLUG_TEXT = LazyPattern.of("[a-z0-9-]+");
        private static final LazyPattern FOCUS = LazyPattern.of("^(.*?\\bPhase\\s+)(" + NUM + ")(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
        private static final LazyPattern ACTIVITY = LazyPattern.of("^(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)(\\s*(?:—|–|--|-|:|\\|)\\s*|\\s+)?(.*)$", Pattern.DOTALL);
        private static final String DONE_WORD = "(\\s+(?:COMPLETE|Complete|complete|completed|DONE|done))\\b";
        private static final LazyPattern STATUS_ID = LazyPattern.of("^(\\D{0,30}?)(" + NUM + "-\\d+)" + DONE_WORD + "(.*)$", Pattern.DOTALL);
        private static final LazyPattern STATUS_PHASE_PLAN = LazyPattern.of("^(\\D{0,30}?Phase\\s+)(" + NUM + ")(\\s+Plan\\s+)(\\d+)" + DONE_WORD + "(.*)$", Pattern.DOTALL);
        private static final LazyPattern PHASE_UPPER = LazyPattern.of("(?s)^Phase \\S+ COMPLETE.*");
        private static final LazyPattern PHASE_LOWER = LazyPattern.of("(?s)^Phase \\S+ complete.*");
        private static final LazyPattern PLAN_FILE = LazyPattern.of("(?s)^Completed \\S+-PLAN\\.md.*");
        private static final LazyPattern PLAN_FILE_PARENTHESISED = LazyPattern.of("(?s)^Completed \\S+-PLAN\\.md \\(.*\\)\\s*$");
        private static final LazyPattern COMPLETED_PHASE = LazyPattern.of("(?s)^Completed Phase \\S+.*");
        private static final LazyPattern PHASE_STATUS = LazyPattern.of("^(\\p{L}+)(\\s+Phase\\s+)(" + NUM + ")(?![\\d.-])(.*)$", Pattern.DOTALL);
    }

    // ---- plan ----

    /**
     * How the plan field is written. {@code counts}: it is a counter ("3 of 7", "**2/4**"), the way the model reads
     * plan numbers; {@code counter} and {@code id} say where a number sits in the value (any words before it), null
     * where the value has none; {@code notAPlan}: a placeholder ("—", "None", "Not started"); {@code idLike}: an id
     * within the first words ("Plan 03-01 …").
     */
    public record PlanForm(boolean counts, Counter counter, Id id, boolean notAPlan, boolean idLike) {
    }

    /**
     * "3 of 7" with what stands around it; {@code total} a number, "?", "TBD" or a word ("IN PROGRESS"). A bare "2"
     * (gsd-tools' "**Current Plan:** 2", its total in "**Total Plans in Phase:**") is a counter with neither separator
     * nor total.
     */
    public record Counter(String prefix, String number, String separator, String total, String suffix) {
        public boolean totalIsNumber() {
            return !total.isEmpty() && Character.isDigit(total.charAt(0));
        }

        /** The number alone, its total in a field of its own. */
        public boolean bare() {
            return separator.isEmpty() && total.isEmpty();
        }

        /** Whether the words after the counter hold a digit ("(plan 01 complete)"). */
        public boolean suffixHasDigit() {
            return dev.atomstate.model.Digits.hasAny(suffix);
        }
    }

    /** An id: what stands before it, its phase part ("67-", or "17-agent-layer-" for a slug id), its plan number, what follows. */
    public record Id(String prefix, String phasePart, String number, String suffix, boolean slug) {
    }

    /** The form of the plan field's {@code value} as written. */
    public static PlanForm plan(String value) {
        Matcher c = Writing.COUNTER.matcher(value);
        if (!c.matches()) {
            c = Writing.BARE.matcher(value);
        }
        Counter counter = c.matches() ? new Counter(c.group(1), c.group(2), c.group(3), c.group(4), c.group(5)) : null;
        Id id = null;
        Matcher slug = Writing.SLUG_ID.matcher(value);
        if (slug.matches()) {
            id = new Id(slug.group(1), slug.group(2), slug.group(3), slug.group(4), true);
        } else {
            Matcher m = Writing.ID.matcher(value);
            if (m.matches()) {
                id = new Id(m.group(1), m.group(2) + m.group(3), m.group(4), m.group(5), false);
            }
        }
        return new PlanForm(counts(value), counter, id, Writing.NOT_A_PLAN.matcher(value.strip()).matches(), Writing.ID_LIKE.matcher(value).matches());
    }

    /** The plan field of {@code ps} (null when it has none). */
    public static PlanForm plan(ParsedState ps) {
        Field f = ps.handles().plan();
        return f == null ? null : plan(f.value(ps.text()));
    }

    /** Whether a plan value is a counter, "3 of 7" or "**2/4**": the number is then a count, not an id. */
    public static boolean counts(String raw) {
        return COUNTS.matcher(raw.strip()).matches();
    }

    // ---- phase and focus ----

    /**
     * How the phase field is written: what precedes the number, the number, its counter (" of 4", "" when none), and
     * what follows ({@code rest}), read as a name in parentheses, a slug ("-stream-compaction"), a name after a
     * separator (" - User Profile"), or other words.
     */
    public record PhaseForm(String prefix, String number, String counter, String rest, Parens parens, boolean slug, Separated separated) {
        /** The total the counter states ("2 of 4" → 4), or null (also for a total of more than 9 digits: no int, no plan). */
        public Integer total() {
            if (counter.isEmpty()) {
                return null;
            }
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < counter.length(); i++) {
                if (Chars.isDigit(counter.charAt(i))) {
                    digits.append(counter.charAt(i));
                }
            }
            return digits.isEmpty() || digits.length() > 9 ? null : Integer.valueOf(digits.toString());
        }
    }

    /** "(Meal Planner)" and what follows it; {@code slug} when the name in it is a slug ("(album-sharing)"). */
    public record Parens(String open, String name, String close, String after, boolean slug) {
    }

    /** " - User Profile": the separator as written and the words after it (never empty). */
    public record Separated(String separator, String text) {
    }

    /** The form of a phase value, or null when it names no phase number. */
    public static PhaseForm phase(String value) {
        Matcher m = Writing.NUMBERED.matcher(value);
        if (!m.matches()) {
            return null;
        }
        String rest = m.group(4);
        Matcher p = Writing.PARENS.matcher(rest);
        Parens parens = p.matches() ? new Parens(p.group(1), p.group(2), p.group(3), p.group(4), Writing.SLUG_TEXT.matcher(p.group(2)).matches()) : null;
        return new PhaseForm(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3), rest, parens,
                Writing.SLUG.matcher(rest).matches(), separated(rest));
    }

    private static Separated separated(String rest) {
        Matcher s = Writing.SEPARATED.matcher(rest);
        return s.matches() && !s.group(2).isEmpty() ? new Separated(s.group(1), s.group(2)) : null;
    }

    /** "Phase 2 - Meal Planner": everything up to the number, the number, the rest (and its name after a separator, if any). */
    public record FocusForm(String prefix, String number, String rest, Separated separated) {
    }

    /** The form of a focus value, or null when it names no phase. */
    public static FocusForm focus(String value) {
        Matcher m = Writing.FOCUS.matcher(value);
        return m.matches() ? new FocusForm(m.group(1), m.group(2), m.group(3), separated(m.group(3))) : null;
    }

    /** The dash a focus value uses between its parts (" — ", " -- ", " - "), or null when it shows none. */
    public static String focusDash(String value) {
        return value.contains(" — ") ? "—" : value.contains(" -- ") ? "--" : value.contains(" - ") ? "-" : null;
    }

    // ---- activity, status, completion phrases ----

    /** "2026-02-20 — Completed 02-01": the date ({@code null}: the value starts with none), the separator as written (may be null), the description. */
    public record ActivityForm(String date, String separator, String description) {
    }

    public static ActivityForm activity(String value) {
        Matcher m = Writing.ACTIVITY.matcher(value);
        return m.matches() ? new ActivityForm(m.group(1), m.group(2), m.group(3)) : new ActivityForm(null, null, value);
    }

    /** The dash the file uses between a date and its description: "—" unless it writes "--". */
    public static String dash(ParsedState ps) {
        StateModel.Activity a = ps.model().position().lastActivity();
        return a != null && a.raw().contains(" -- ") ? "--" : "—";
    }

    /**
     * A status that names a completed plan: "Phase 41-03 COMPLETE: …" (the id, {@code planWord} null) or "Phase 35 Plan
     * 02 complete" ({@code planWord} " Plan "); {@code prefix} up to the number, {@code doneWord} with its space.
     */
    public record StatusForm(String prefix, String planWord, String doneWord) {
    }

    /** The form of a status value, or null when it names no completed plan. */
    public static StatusForm status(String value) {
        Matcher pp = Writing.STATUS_PHASE_PLAN.matcher(value);
        if (pp.matches()) {
            return new StatusForm(pp.group(1), pp.group(3), pp.group(5));
        }
        Matcher m = Writing.STATUS_ID.matcher(value);
        return m.matches() ? new StatusForm(m.group(1), null, m.group(3)) : null;
    }

    /**
     * A status that is one lifecycle word and the phase it is about: "Executing Phase 2" (what gsd-tools' begin-phase
     * writes), "Blocked Phase 09", "Planning Phase 4 — waiting on review"; {@code rest} is what follows the number.
     */
    public record PhaseStatusForm(String word, String phaseWord, String number, String rest) {
    }

    /** The form of a status value, or null when it is not a word and a phase. */
    public static PhaseStatusForm phaseStatus(String value) {
        Matcher m = Writing.PHASE_STATUS.matcher(value);
        return m.matches() ? new PhaseStatusForm(m.group(1), m.group(2), m.group(3), m.group(4)) : null;
    }

    /**
     * How a line reporting a completion begins: "Phase 41-03 COMPLETE…" ({@code PHASE_UPPER}), "Phase 3 complete…",
     * "Completed 02-02-PLAN.md…" (with the title in parentheses after it: {@code PLAN_FILE_PARENTHESISED}),
     * "Completed Phase 67-02…", or anything else.
     */
    public enum Completion { PHASE_UPPER, PHASE_LOWER, PLAN_FILE, PLAN_FILE_PARENTHESISED, COMPLETED_PHASE, OTHER }

    public static Completion completion(String text) {
        if (Writing.PHASE_UPPER.matcher(text).matches()) {
            return Completion.PHASE_UPPER;
        }
        if (Writing.PHASE_LOWER.matcher(text).matches()) {
            return Completion.PHASE_LOWER;
        }
        if (Writing.PLAN_FILE.matcher(text).matches()) {
            return Writing.PLAN_FILE_PARENTHESISED.matcher(text).matches() ? Completion.PLAN_FILE_PARENTHESISED : Completion.PLAN_FILE;
        }
        return Writing.COMPLETED_PHASE.matcher(text).matches() ? Completion.COMPLETED_PHASE : Completion.OTHER;
    }
}
