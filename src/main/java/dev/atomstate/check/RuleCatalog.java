package dev.atomstate.check;

import dev.atomstate.check.worklog.WorklogChecker;
import dev.atomstate.check.worklog.WorklogRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every rule check can report, state-file rules first (in {@link Rules}' order) and then the worklog's, each described
 * for {@code check --list-rules}, {@code check --explain} and SARIF: one list, so that a rule cannot be run without being
 * documented.
 */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    /** What a rule applies to. */
    public enum Scope {
        STATE("state file"), WORKLOG("worklog");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One rule as the documentation shows it; {@code fixable}: {@code check --fix} fixes (some of) its findings. */
    public record Entry(String id, Severity severity, Scope scope, String finds, String explanation, String fix, boolean fixable) {
    }

    public static List<Entry> all() {
        List<Entry> out = new ArrayList<>();
        for (Rule r : Rules.all()) {
            out.add(new Entry(r.id(), r.defaultSeverity(), Scope.STATE, r.description(), r.explanation(), r.fix(),
                    FixFindings.RULES.contains(r.id())));
        }
        for (WorklogRule r : WorklogChecker.rules()) {
            out.add(new Entry(r.id(), r.defaultSeverity(), Scope.WORKLOG, r.description(), r.explanation(), r.fix(), false));
        }
        return List.copyOf(out);
    }

    /** The rule {@code id} (case-insensitive), or null. */
    public static Entry find(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(e -> e.id().equals(wanted)).findFirst().orElse(null);
    }

    /** Ids that contain {@code word}, or share their first part with it ("progress" → progress-percent, progress-bar). */
    public static List<String> near(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        String head = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Entry e : all()) {
            if (!w.isEmpty() && (e.id().contains(w) || w.contains(e.id()) || e.id().startsWith(head + "-"))) {
                out.add(e.id());
            }
        }
        return List.copyOf(out);
    }
}
