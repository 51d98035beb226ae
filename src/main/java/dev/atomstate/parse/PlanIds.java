package dev.atomstate.parse;

import dev.atomstate.model.PlanId;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan ids and phase numbers as text writes them: an id on its own ("62-01", "5.1-02"), a phase or plan given on the
 * command line ("Phase 35", "62-01"), and the ones a line mentions — "Completed 02-03-PLAN.md", "Phase 41-03
 * COMPLETE", "Phase 35 Plan 02", "Phase 3 complete", "(Phase 42)". The first plan id and the subject phase of free
 * text are read by {@link PositionValues}.
 */
public final class PlanIds {
    private PlanIds() {
    }

    private static final String NUM = "\\d+(?:\\.\\d+)*";
    private static final LazyPattern ID = LazyPattern.of("(" + NUM + ")-(\\d+)");
    /** "Completed 02-03-PLAN.md", "Completed Phase 67-02 - …", "Phase 41-03 COMPLETE: …" name the plan as done. */
    private static final LazyPattern COMPLETED_ID = LazyPattern.of(
            "(?i)\\bcompleted?\\s+(?:phase\\s+)?(" + NUM + "-\\d+)(?![\\d.])"
                    + "|(?<![\\w.-])(" + NUM + "-\\d+)(?:-PLAN\\.md)?\\s+(?:complete|completed|done)\\b");
    private static final LazyPattern PHASE_PLAN = LazyPattern.of("(?i)Phase\\s+(" + NUM + ")\\s+Plan\\s+(\\d+)");
    private static final LazyPattern TRAILER = LazyPattern.of("[^\\d.].*$");

    /** Command-line arguments and the readings of the lists and writers: compiled on first use, status and check never need them. */
    private static final class Arguments {
        private static final LazyPattern ARGUMENT = LazyPattern.of("(?i)(?:phase\\s*)?" + NUM + "(?:-\\d+)?");
        private static final LazyPattern PHASE_ARGUMENT = LazyPattern.of("(?i)(?:phase\\s*)?" + NUM);
        private static final LazyPattern PHASE_WORD = LazyPattern.of("(?i)^phase\\s*");
        private static final LazyPattern PHASE_COMPLETE = LazyPattern.of(
                "(?i)\\bphase\\s+(" + NUM + ")\\s+(?:complete|completed|done)\\b|\\bcompleted\\s+phase\\s+(" + NUM + ")(?![\\d.-])");
        private static final LazyPattern ZERO_PADDED = LazyPattern.of("0\\d+(?:\\.\\d+)?");
        private static final LazyPattern SINGLE_DIGIT = LazyPattern.of("\\d(?:\\.\\d+)?");
        private static final LazyPattern LEADING_PHASE = LazyPattern.of("^(?:Phase\\s+)?(" + NUM + ")", Pattern.CASE_INSENSITIVE);
        private static final LazyPattern MENTIONED_PHASE = LazyPattern.of(
                "\\bPhases?\\s+(" + NUM + ")|(?<![\\w.-])(" + NUM + ")-\\d{2,3}(?![\\d-])", Pattern.CASE_INSENSITIVE);
    }

    /** "62-01" (surrounding spaces allowed); null when the text is not exactly a plan id. */
    public static PlanId parse(String text) {
        Matcher m = ID.matcher(text.strip());
        return m.matches() ? new PlanId(m.group(1), m.group(2)) : null;
    }

    /** A phase or plan as given on the command line: "35", "5.1", "Phase 35", "62-01". */
    public static boolean isPhaseOrPlan(String s) {
        return Arguments.ARGUMENT.matcher(s).matches();
    }

    /** A phase as given on the command line: "3", "5.1", "phase 3". */
    public static boolean isPhaseArgument(String s) {
        return Arguments.PHASE_ARGUMENT.matcher(s).matches();
    }

    /** The number of a phase argument without its "Phase"/"phase" word: "Phase 3" → "3", "phase3" → "3". */
    public static String withoutPhaseWord(String s) {
        return Arguments.PHASE_WORD.matcher(s).replaceFirst("");
    }

    /** A label's phase without the word before it: "Phase 35 Plan 02" → "35 Plan 02" ("Phase35" stays). */
    public static String withoutPhaseLabel(String s) {
        // asked of every decision's label: (?i)^Phase\s+ by hand (HandReadFormsTest holds it to the regex)
        if (s.length() < 6 || !Chars.startsWithIgnoringCase(s, "phase") || !Chars.isRegexSpace(s.charAt(5))) {
            return s;
        }
        int i = 6;
        while (i < s.length() && Chars.isRegexSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** The plan ids {@code text} says are done, in order ("Completed 02-03-PLAN.md", "41-03 COMPLETE"). */
    public static List<String> completedIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = COMPLETED_ID.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** The first "Phase N Plan M" of {@code text} as a plan id, or null. */
    public static PlanId phasePlanIn(String text) {
        Matcher m = PHASE_PLAN.matcher(text);
        return m.find() ? new PlanId(m.group(1), m.group(2)) : null;
    }

    /** The phases {@code text} says are done ("Phase 3 complete", "Phase 03 COMPLETE", "Completed Phase 3"), in order. */
    public static List<String> phasesCompletedIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Arguments.PHASE_COMPLETE.matcher(text);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    /** "03", "07.1": a phase number written with a leading zero. */
    public static boolean isZeroPaddedPhase(String s) {
        return Arguments.ZERO_PADDED.matcher(s).matches();
    }

    /** "03", "01.2.3": a leading zero before another digit. */
    public static boolean hasLeadingZero(String s) {
        return s.length() >= 2 && s.charAt(0) == '0' && s.charAt(1) >= '0' && s.charAt(1) <= '9';
    }

    /** "3", "3.1": a phase whose first number has one digit. */
    public static boolean isSingleDigitPhase(String s) {
        return Arguments.SINGLE_DIGIT.matcher(s).matches();
    }

    /** "003" → "3", "03.1" → "3.1" (one digit is kept: "0" stays "0"). */
    public static String withoutLeadingZeros(String s) {
        // ^0+(?=\d) by hand: every zero before another digit goes
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros == 0) {
            return s;
        }
        if (zeros < s.length() && Chars.isDigit(s.charAt(zeros))) {
            return s.substring(zeros);
        }
        return zeros >= 2 ? s.substring(zeros - 1) : s;
    }

    /** The text up to the first character that is neither a digit nor a dot: "35 Plan 02" → "35", "3.1-02" → "3.1". */
    public static String leadingNumber(String s) {
        if (!Chars.hasLineBreak(s)) {
            int i = 0;
            while (i < s.length() && (Chars.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            return i == s.length() ? s : s.substring(0, i);
        }
        return TRAILER.matcher(s).replaceFirst("");
    }

    /** The phase a label starts with ("35 Plan 02" → 35, "Phase 5.1" → 5.1), or null. */
    public static String leadingPhase(String label) {
        Matcher m = Arguments.LEADING_PHASE.matcher(label.strip());
        return m.find() ? m.group(1) : null;
    }

    /** The phase an item names ("Phase 42", "41-03"), or null. */
    public static String mentionedPhase(String text) {
        Matcher m = Arguments.MENTIONED_PHASE.matcher(text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }
}
