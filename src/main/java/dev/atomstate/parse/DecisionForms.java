package dev.atomstate.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a decision item is written: "[Phase 35]: text" (bracket), "**Phase 35 Plan 02**: text" (bold, when the
 * bold part names a phase or plan), or plain text. {@link #split} reads what an item says (its phase label and
 * text) for the model; {@link #form} reads how it says it, so that edit.DecisionText can write a new item alike.
 */
public final class DecisionForms {
    private DecisionForms() {
    }

    private static final LazyPattern BRACKET_DECISION = LazyPattern.of("^\\[([^\\]]+)\\]:?\\s*(.*)$");
    private static final LazyPattern BOLD_DECISION = LazyPattern.of("^\\*\\*([^*]+?):?\\*\\*:?\\s*(.*)$");
    private static final LazyPattern PHASE_LABEL = LazyPattern.of(
            "(?i)\\d+(?:\\.\\d+)*(?:-\\d+)?(?:\\s+Plan\\s+\\d+)?(?:\\s*\\([^)]*\\))?");

    /** The forms a new item is written from, compiled on first use: reading needs only the split. */
    private static final class Writing {
        private static final LazyPattern BRACKET = LazyPattern.of("^(\\[(?:Phase\\s+)?)([^\\]]*)(\\]:?\\s*)(.*)$", Pattern.CASE_INSENSITIVE);
        private static final LazyPattern BOLD = LazyPattern.of("^(\\*\\*(?:Phase\\s+)?)([^*]*?)(\\*\\*:?\\s*|:\\*\\*\\s*)(.*)$", Pattern.CASE_INSENSITIVE);
        private static final LazyPattern PHASE_PLAN_LABEL = LazyPattern.of("\\d+(\\.\\d+)*\\s+Plan\\s+\\d+");
        private static final LazyPattern PLAN_ID_LABEL = LazyPattern.of("\\d+(\\.\\d+)*-\\d+");
    }

    /**
     * True for what a bold decision prefix says when it names a phase or plan: "35", "35 Plan 02", "66-04",
     * "36 (New Feature)". A bold date or sentence ("2026-05-10 — Plan 01 evaluates …") is not a label.
     */
    public static boolean isPhaseLabel(String label) {
        return label != null && PHASE_LABEL.matcher(label.strip()).matches();
    }

    /** "[Phase 35]: text" → {"35", "text"}; "**Phase 35 Plan 02**: text" → {"35 Plan 02", "text"}; else {null, text}. */
    public static String[] split(String text) {
        // both labelled forms start with their mark; a big file's list is read item by item, so the common cases are
        // read by hand (HandReadFormsTest holds them to the regexes) and only the rest goes to the regexes
        if (!text.startsWith("[") && !text.startsWith("**")) {
            return new String[] {null, text};
        }
        String[] bracket = text.startsWith("[") ? bracketByHand(text) : null;
        if (bracket != null) {
            return bracket;
        }
        Matcher b = BRACKET_DECISION.matcher(text);
        if (b.matches()) {
            return new String[] {PlanIds.withoutPhaseLabel(b.group(1)).strip(), b.group(2)};
        }
        Matcher s = BOLD_DECISION.matcher(text);
        if (s.matches() && isPhaseLabel(PlanIds.withoutPhaseLabel(s.group(1)))) {
            return new String[] {PlanIds.withoutPhaseLabel(s.group(1)).strip(), s.group(2)};
        }
        return new String[] {null, text};
    }

    /**
     * {@code BRACKET_DECISION} and its label without "Phase ", for the texts where that is certain: a label up to the
     * first "]", and after the optional colon and spaces a rest without line breaks. Null: ask the regex.
     */
    private static String[] bracketByHand(String text) {
        int close = text.indexOf(']');
        if (close < 2) {
            return null;
        }
        int i = close + 1;
        if (i < text.length() && text.charAt(i) == ':') {
            i++;
        }
        while (i < text.length() && Chars.isRegexSpace(text.charAt(i))) {
            i++;
        }
        String rest = text.substring(i);
        return Chars.hasLineBreak(rest) ? null : new String[] {PlanIds.withoutPhaseLabel(text.substring(1, close)).strip(), rest};
    }

    /** How an item labels its decision; {@code PLAIN} has no label parts. */
    public enum Style { BRACKET, BOLD, PLAIN }

    /** What a label says: "35 Plan 02" ({@code PHASE_PLAN}), "61-02" ({@code PLAN_ID}), or anything else ("35", "Phase 3"). */
    public enum LabelKind { PHASE_PLAN, PLAN_ID, OTHER }

    /**
     * An item's form: its style; the label's opening ("[Phase ", "**"), the label, its closing ("]: ", "**: ");
     * what the label says; and whether the word "Phase" stands in the opening (a bold label always counts as having it).
     */
    public record DecisionForm(Style style, String open, String label, String close, LabelKind labelKind, boolean phaseWord) {
    }

    /** The form of a decision item's text (after its list marker). */
    /**
     * {@code form(itemText).style()}, without a regex for the common "[…]: text" item: the writer asks it of every item of
     * a list, and a big file's list has a quarter of a million. Such an item is BRACKET exactly when a ']' follows its '['
     * and no char of it ends a line to a regex's '.' (none does in a line's text, but U+0085, U+2028 or U+2029 could).
     */
    public static Style style(String itemText) {
        if (itemText.startsWith("[") && itemText.indexOf(']', 1) > 0 && !hasRegexLineBreak(itemText)) {
            return Style.BRACKET;
        }
        if (!itemText.startsWith("[") && !itemText.startsWith("**")) {
            return Style.PLAIN; // both labelled forms start with their mark
        }
        return form(itemText).style();
    }

    private static boolean hasRegexLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    public static DecisionForm form(String itemText) {
        Matcher br = Writing.BRACKET.matcher(itemText);
        if (br.matches()) {
            return new DecisionForm(Style.BRACKET, br.group(1), br.group(2), br.group(3), kind(br.group(2)),
                    br.group(1).toLowerCase(java.util.Locale.ROOT).contains("phase"));
        }
        Matcher b = Writing.BOLD.matcher(itemText);
        if (b.matches() && isPhaseLabel(b.group(2))) {
            return new DecisionForm(Style.BOLD, b.group(1), b.group(2), b.group(3), kind(b.group(2)), true);
        }
        return new DecisionForm(Style.PLAIN, "", "", "", LabelKind.OTHER, false);
    }

    /**
     * Where a decisions table keeps each part, by its header (lower case): the decision itself ("Decision", "Summary",
     * "What", "Choice"), its rationale ("Rationale", "Why", "Reason"), the phase or plan ("Phase", "Plan") and the date
     * ("Date", "Made", "When", "Recorded"); -1 where the table has no such column.
     */
    public record Columns(int text, int rationale, int phase, int date) {
    }

    public static Columns columns(java.util.List<String> header) {
        int text = column(header, "decision", "decisions", "summary", "what", "choice");
        for (int i = 0; text < 0 && i < header.size(); i++) {
            // "Key decision", "Decision made"
            text = header.get(i).contains("decision") ? i : -1;
        }
        int date = column(header, "date", "made", "when", "recorded", "decided");
        for (int i = 0; date < 0 && i < header.size(); i++) {
            date = header.get(i).contains("date") ? i : -1;
        }
        return new Columns(text, column(header, "rationale", "why", "reason", "reasoning"), column(header, "phase", "plan"), date);
    }

    /** The first column named one of {@code names} (in the order given), or -1. */
    private static int column(java.util.List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static LabelKind kind(String label) {
        return Writing.PHASE_PLAN_LABEL.matcher(label).matches() ? LabelKind.PHASE_PLAN
                : Writing.PLAN_ID_LABEL.matcher(label).matches() ? LabelKind.PLAN_ID : LabelKind.OTHER;
    }
}
