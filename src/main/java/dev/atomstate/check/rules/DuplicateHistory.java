package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel.HistoryEntry;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;

import java.util.HashMap;
import java.util.Map;

/** The same plan twice in one "Previous:" chain. */
public final class DuplicateHistory implements Rule {
    @Override
    public String id() {
        return "duplicate-history";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "the same plan twice in a \"Previous:\" chain";
    }

    @Override
    public String explanation() {
        return "The same plan appears twice in one \"Previous:\" chain under Status or Last activity (\"08-02\" "
                + "and \"8-2\" count as the same plan), so the history reads as if the plan were done twice.";
    }

    @Override
    public String fix() {
        return "Remove the repeat. 'atomstate check --fix' deletes a Previous line that repeats an earlier one "
                + "exactly; a repeat worded differently is left for you to choose.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        Map<String, Integer> first = new HashMap<>();
        for (HistoryEntry e : state.model().history()) {
            PlanId id = e.planId() == null ? null : PlanIds.parse(e.planId());
            if (id == null) {
                continue;
            }
            String key = e.chain() + "|" + normal(id);
            Integer seen = first.putIfAbsent(key, e.line());
            if (seen != null) {
                out.add(e.line(), 1, "plan " + id + " is already in the Previous chain at line " + seen + "; remove the repeat");
            }
        }
    }

    /** Two plan ids written differently ("08-02", "8-2") that name the same plan. */
    static boolean sameId(String a, String b) {
        PlanId x = PlanIds.parse(a);
        PlanId y = PlanIds.parse(b);
        return x != null && x.sameAs(y);
    }

    static String normal(PlanId id) {
        return id.phase().replaceFirst("^0+(?=\\d)", "") + "-" + id.planNumber();
    }
}
