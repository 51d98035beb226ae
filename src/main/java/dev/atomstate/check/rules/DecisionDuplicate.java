package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.parse.ParsedState;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The same decision recorded twice (same text, ignoring case, spacing, emphasis and a final period). */
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
        Map<String, Integer> first = new HashMap<>();
        for (Decision d : state.model().decisions()) {
            String key = normal(d.text());
            if (key.length() < 8) {
                continue; // "TBD", "-": too short to call a repeat
            }
            Integer seen = first.putIfAbsent(key, d.line());
            if (seen != null) {
                out.add(d.line(), 1, "this decision is already recorded at line " + seen + "; delete the repeat");
            }
        }
    }

    static String normal(String text) {
        return text.replace("*", "").replace("`", "").replaceAll("\\s+", " ").strip()
                .replaceFirst("[.;]$", "").toLowerCase(Locale.ROOT);
    }
}
