package dev.atomstate.parse;

import dev.atomstate.model.PlanId;
import dev.atomstate.model.Roadmap;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.model.StateModel.Item;

import java.util.Comparator;

/**
 * The orders the parser sorts its results in, written as classes rather than lambdas: a cold run links each lambda
 * call site it reaches through method handles before it does any work, and {@code status} runs cold in every hook
 * (StartupClassesTest keeps the common paths free of them).
 */
final class Orders {
    static final Comparator<Decision> DECISIONS_BY_LINE = new Comparator<>() {
        @Override
        public int compare(Decision a, Decision b) {
            return Integer.compare(a.line(), b.line());
        }
    };
    static final Comparator<Item> ITEMS_BY_LINE = new Comparator<>() {
        @Override
        public int compare(Item a, Item b) {
            return Integer.compare(a.line(), b.line());
        }
    };
    static final Comparator<Roadmap.Phase> PHASES_BY_NUMBER = new Comparator<>() {
        @Override
        public int compare(Roadmap.Phase a, Roadmap.Phase b) {
            return PlanId.comparePhases(a.number(), b.number());
        }
    };

    private Orders() {
    }
}
