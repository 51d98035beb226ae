package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Whitespace;

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
        for (Decision d : state.model().decisions()) {
            String key = normal(d.text());
            if (key.length() < 8) {
                continue; // "TBD", "-": too short to call a repeat
            }
            var section = state.doc().sectionAt(d.line() - 1);
            Integer seen = first.computeIfAbsent(section == null ? -1 : section.headingLine(), k -> new HashMap<>())
                    .putIfAbsent(key, d.line());
            if (seen != null) {
                out.add(d.line(), 1, "this decision is already recorded at line " + seen + "; delete the repeat");
            }
        }
    }

    static String normal(String text) {
        return withoutFinal(Whitespace.collapse(text.replace("*", "").replace("`", "")).strip(), ".;").toLowerCase(Locale.ROOT);
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
