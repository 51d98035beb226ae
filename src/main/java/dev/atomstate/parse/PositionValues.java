package dev.atomstate.parse;

import dev.atomstate.model.Digits;
import dev.atomstate.model.StateModel.Activity;
import dev.atomstate.model.StateModel.Phase;
import dev.atomstate.model.StateModel.Plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of the position fields in the forms the seeds and corpus use. */
public final class PositionValues {
    private PositionValues() {
    }

    private static final LazyPattern PHASE_OF = LazyPattern.of(
            "^(?:Phase\\s+)?(\\d+(?:\\.\\d+)*)(?:\\s*(?:of|/)\\s*(\\d+))?(.*)$", Pattern.CASE_INSENSITIVE);
    private static final LazyPattern PHASE_SLUG = LazyPattern.of("^(\\d+(?:\\.\\d+)*)-([A-Za-z][\\w.-]*)(.*)$");
    private static final LazyPattern PLAN_ID = LazyPattern.of("^(\\d+(?:\\.\\d+)*)-(\\d+)(?![\\d.])(.*)$");
    private static final LazyPattern PLAN_SLUG_ID = LazyPattern.of("^(\\d+(?:\\.\\d+)*)-[A-Za-z][\\w-]*?-(\\d+)(?![\\w.])(.*)$");
    private static final LazyPattern PLAN_COUNTER = LazyPattern.of("^(\\d+)\\s*(?:of|/)\\s*(\\d+|\\?|TBD|[A-Z][A-Z ]*)(.*)$");
    private static final LazyPattern PLAN_RANGE_REST = LazyPattern.of("(?i)\\s+all\\b");
    /** A plan number alone, perhaps after "Plan" and before a lifecycle word or a name in parentheses. */
    private static final LazyPattern PLAN_NUMBER = LazyPattern.of(
            "(?i)^(?:plan\\s+)?(\\d{1,3})(?![\\d.:/-])(\\s*(?:\\(.*\\)|(?:complete|completed|done|next|in progress|pending|executing|started)\\b.*)?)$");
    private static final LazyPattern DATE_PREFIX = LazyPattern.of("^(\\d{4}-\\d{2}-\\d{2}(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?)(.*)$");
    /**
     * After "3 of 7": the counter itself says done ("complete", "— COMPLETE", "(complete)"), as opposed to
     * "(plan 01 complete)", which is about another plan.
     */
    private static final LazyPattern COUNTER_DONE = LazyPattern.of(
            "(?is)^\\s*(?:plans?\\s+)?(?:complete|completed|done)\\b.*|.*(?:—|–|--|-|\\()\\s*(?:complete|completed|done)\\)?[.!]?\\s*$");
    private static final LazyPattern COMPLETE_WORD = LazyPattern.of("\\b(complete|completed|done)\\b", Pattern.CASE_INSENSITIVE);

    public static Phase phase(String raw, int line) {
        String v = PhaseText.unwrapNumber(stripDecoration(raw));
        Matcher slug = PHASE_SLUG.matcher(v);
        if (slug.matches()) { // the slug starts with a letter ("67-ci-cd-pipeline-fixes"), never with a digit
            return new Phase(slug.group(1), slug.group(2), null, raw, line);
        }
        Matcher m = PHASE_OF.matcher(v);
        if (!m.matches()) {
            // "Phase: planning", "Phase: complete": a lifecycle word is the phase's state, not a phase
            return new Phase(null, null, null, raw, line, PhaseText.isState(v) ? Markdown.plain(v) : null);
        }
        Integer total = m.group(2) == null ? null : parseInt(m.group(2));
        PhaseText.Rest rest = PhaseText.rest(m.group(3));
        return new Phase(m.group(1), rest.name(), total, raw, line, rest.state() == null ? null : Markdown.plain(rest.state()));
    }

    public static Plan plan(String raw, int line, String phaseNumber) {
        String v = stripDecoration(raw);
        boolean complete = COMPLETE_WORD.matcher(v).find();
        Matcher id = PLAN_ID.matcher(v);
        if (id.matches() && PLAN_RANGE_REST.matcher(id.group(3)).lookingAt()) {
            // "01-07 all code-complete": plans one to seven, no single plan
            return new Plan(null, null, null, complete, raw, line);
        }
        if (id.matches()) {
            return new Plan(id.group(1) + "-" + id.group(2), parseInt(id.group(2)), null, saysComplete(v, parseInt(id.group(2))), raw, line);
        }
        Matcher slug = PLAN_SLUG_ID.matcher(v);
        if (slug.matches()) {
            return new Plan(slug.group(1) + "-" + slug.group(2), parseInt(slug.group(2)), null, saysComplete(v, parseInt(slug.group(2))), raw, line);
        }
        Matcher c = PLAN_COUNTER.matcher(v);
        if (c.matches()) {
            Integer number = parseInt(c.group(1));
            complete = saysComplete(v, number);
            Integer total = Digits.isAll(c.group(2)) ? parseInt(c.group(2)) : null;
            // "1/IN PROGRESS": the word after the slash is a status, not a total
            boolean done = c.group(2).strip().equals("COMPLETE")
                    || Digits.isAll(c.group(2)) && COUNTER_DONE.matcher(c.group(3)).matches();
            String planId = phaseNumber != null && number != null ? phaseNumber + "-" + pad2(number) : null;
            return new Plan(planId, number, total, done, raw, line);
        }
        Matcher bare = PLAN_NUMBER.matcher(v);
        if (bare.matches()) {
            // "3", "00", "Plan 03 next", "01 (complete)", "03 complete (phase complete)", "02 (Name)"
            Integer number = parseInt(bare.group(1));
            String planId = phaseNumber != null && number != null ? phaseNumber + "-" + pad2(number) : null;
            return new Plan(planId, number, null, saysComplete(bare.group(2), number), raw, line);
        }
        return new Plan(null, null, null, complete, raw, line);
    }

    private static final LazyPattern PARENTHESIS = LazyPattern.of("\\(([^()]*)\\)");
    private static final LazyPattern NAMED_PLAN = LazyPattern.of("\\bplans?\\s+0*(\\d{1,9})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the plan value calls plan {@code number} complete. A note in parentheses about another plan does not
     * count: "2 of 3 (plan 01 complete)" says plan 1 is done, not plan 2.
     */
    private static boolean saysComplete(String v, Integer number) {
        StringBuilder own = new StringBuilder();
        Matcher p = PARENTHESIS.matcher(v);
        while (p.find()) {
            Matcher named = NAMED_PLAN.matcher(p.group(1));
            boolean other = named.find() && number != null && Integer.parseInt(named.group(1)) != number;
            p.appendReplacement(own, other ? "" : Matcher.quoteReplacement(p.group()));
        }
        p.appendTail(own);
        return COMPLETE_WORD.matcher(own).find();
    }

    private static String pad2(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    public static Activity activity(String raw, int line) {
        Matcher m = DATE_PREFIX.matcher(raw.strip());
        if (!m.matches()) {
            return new Activity(null, raw.strip().isEmpty() ? null : raw.strip(), raw, line);
        }
        String rest = m.group(2).replaceFirst("^\\s*(?:—|–|--|-|:|\\||,)?\\s*", "");
        return new Activity(m.group(1), rest.isEmpty() ? null : rest, raw, line);
    }

    /** Removes emphasis and code marks around a value: "`COMPLETE`", "**3**". */
    static String stripDecoration(String raw) {
        String v = raw.strip();
        while (v.length() >= 2 && (v.startsWith("**") && v.endsWith("**") && v.length() >= 4)) {
            v = v.substring(2, v.length() - 2).strip();
        }
        if (v.length() >= 2 && v.startsWith("`") && v.endsWith("`")) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first plan id mentioned in free text ("Completed Phase 67-02 - …", "Completed 15-02-PLAN.md"). */
    public static String firstPlanId(String text) {
        if (text == null) {
            return null;
        }
        // the form, read by hand because it is asked of every history line (PlanIdScanTest holds it to this regex):
        // (?<![\w.-])(\d+(?:\.\d+)*)-(\d{1,3})(?![\d.]|-[a-z]), skipping dates and phases of four digits or more
        // the chars are read from a copy: String.charAt costs a bounds check a char in C1
        char[] c = text.toCharArray();
        int n = c.length;
        for (int s = 0; s < n; s++) {
            if (!Chars.isDigit(c[s]) || s > 0 && isWordDotOrDash(c[s - 1])) {
                continue;
            }
            int p = s;
            boolean wellFormed = true;
            while (p < n && (Chars.isDigit(c[p]) || c[p] == '.')) {
                if (c[p] == '.' && (c[p - 1] == '.' || p + 1 >= n || !Chars.isDigit(c[p + 1]))) {
                    wellFormed = false;
                }
                p++;
            }
            if (!wellFormed || p >= n || c[p] != '-') {
                continue;
            }
            int r = p + 1;
            while (r < n && Chars.isDigit(c[r])) {
                r++;
            }
            int digits = r - p - 1;
            if (digits < 1 || digits > 3 || r < n && (c[r] == '.'
                    || c[r] == '-' && r + 1 < n && c[r + 1] >= 'a' && c[r + 1] <= 'z')) {
                continue;
            }
            // dates like 2026-02-20 are not plan ids, nor are phases of four digits or more
            if (p - s >= 4) {
                continue;
            }
            return text.substring(s, r);
        }
        return null;
    }


    /** {@code [\w.-]} of a regex: an ASCII letter or digit, '_', '.' or '-'. */
    private static boolean isWordDotOrDash(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || Chars.isDigit(c) || c == '_' || c == '.' || c == '-';
    }

    /**
     * The phase a focus or next-action line is about: "Phase 62-01: …" at the start, or "(Phase 1)"; a phase
     * mentioned in passing ("camera deferred to v2 Phase 7") is not its subject. Null when none.
     */
    public static String subjectPhaseNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("^[\\W_]*(?:(?:Plan|Execute|Start|Begin|Plan and execute|Run|Continue|Complete|Verify|Discuss)\\s+)?Phase\\s+(\\d+(?:\\.\\d+)*)|\\(Phase\\s+(\\d+(?:\\.\\d+)*)\\)",
                Pattern.CASE_INSENSITIVE).matcher(text.strip());
        if (m.find()) {
            return m.group(1) != null ? m.group(1) : m.group(2);
        }
        return null;
    }

    /** The first "Phase N" number in free text, or null. */
    public static String firstPhaseNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\bPhase\\s+(\\d+(?:\\.\\d+)*)", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    public static boolean saysComplete(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains("complete");
    }
}
