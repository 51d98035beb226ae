package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.parse.ParsedState;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The same decision recorded twice in one list (same text, ignoring case, spacing, emphasis and a final period). A decision
 * repeated under another heading — a phase summary's "Key decisions", the decisions a milestone carries over — is restated
 * on purpose, not appended twice.
 */
public final class DecisionDuplicate implements Rule {
    @Override
    public String id() {
        return "decision-duplicate";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "the same decision recorded twice";
    }

    @Override
    public String explanation() {
        return "The same decision is recorded twice (same text, ignoring case, spacing, emphasis and a final "
                + "period; texts shorter than 8 characters are not compared).";
    }

    @Override
    public String fix() {
        return "Delete the repeat. 'atomstate decide' never writes a decision that is already there.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        // the first line of each normalised text, one map per section (by its heading line): no key joined per decision
        Map<Integer, Map<String, Integer>> first = new HashMap<>();
        char[] scratch = new char[256];
        for (Decision d : state.model().decisions()) {
            if (d.text().length() > scratch.length) {
                scratch = new char[d.text().length()];
            }
            String key = normal(d.text(), scratch);
            if (key.length() < 8) {
                continue; // "TBD", "-": too short to call a repeat
            }
            var section = state.doc().sectionAt(d.line() - 1);
            int sectionLine = section == null ? -1 : section.headingLine();
            Map<String, Integer> inSection = first.get(sectionLine);
            if (inSection == null) {
                inSection = new HashMap<>();
                first.put(sectionLine, inSection);
            }
            Integer seen = inSection.putIfAbsent(key, d.line());
            if (seen != null) {
                out.add(d.line(), 1, "this decision is already recorded at line " + seen + "; delete the repeat");
            }
        }
    }

    /**
     * {@code withoutFinal(Whitespace.collapse(text.replace("*", "").replace("`", "")).strip(), ".;").toLowerCase(Locale.ROOT)}
     * in one pass (a big file asks it of a quarter of a million decisions): the chars are copied out in bulk and
     * compacted in place in a char array, which reads far cheaper than {@code String.charAt} in the start-up compiler.
     * ASCII letters are lowered on the way; the final toLowerCase still sees every other char in its context (a final
     * sigma, a dotted I), and returns its argument when nothing is left to lower.
     */
    static String normal(String text) {
        return normal(text, new char[text.length()]);
    }

    /** {@link #normal(String)} with {@code scratch} (reused from decision to decision) when it is long enough. */
    static String normal(String text, char[] scratch) {
        int n = text.length();
        char[] b = scratch.length >= n ? scratch : new char[n];
        text.getChars(0, n, b, 0);
        int to = 0; // what is kept so far is b[0, to): never ahead of the char read
        boolean space = false; // a run of regex whitespace, written as one space before the next kept char
        for (int i = 0; i < n; i++) {
            char c = b[i];
            if (c == '*' || c == '`') {
                continue; // removed before collapsing, so a run around one is still one run
            }
            if (c == ' ' || c >= '\t' && c <= '\r') { // a regex's \s
                space = true;
                continue;
            }
            if (space) {
                b[to++] = ' '; // to < i here: the run was at least one char read and not kept
                space = false;
            }
            b[to++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        if (space) {
            b[to++] = ' ';
        }
        // strip(): no whitespace lies outside the basic plane, so a char test is the code-point test
        int from = 0;
        while (from < to && Character.isWhitespace(b[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(b[to - 1])) {
            to--;
        }
        // withoutFinal(…, ".;")
        if (to > from && isFinal(b[to - 1])) {
            to--;
        } else if (to - from > 1 && b[to - 1] == '\u0085' && isFinal(b[to - 2])) {
            b[to - 2] = '\u0085';
            to--;
        }
        return new String(b, from, to - from).toLowerCase(Locale.ROOT);
    }

    private static boolean isFinal(char c) {
        return c == '.' || c == ';';
    }

    /**
     * {@code s.replaceFirst("[" + chars + "]$", "")} for a stripped {@code s}: its last char when it is one of
     * {@code chars}, or the one before a final U+0085 (a line break to a regex, not whitespace to strip).
     */
    static String withoutFinal(String s, String chars) {
        int n = s.length();
        if (n > 0 && chars.indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        if (n > 1 && s.charAt(n - 1) == '\u0085' && chars.indexOf(s.charAt(n - 2)) >= 0) {
            return s.substring(0, n - 2) + '\u0085';
        }
        return s;
    }
}
