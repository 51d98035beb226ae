package dev.atomstate.check;

import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule over a parsed file, plus what the parser itself could not read under an id no rule owns;
 * applies the configured severities and the file's suppression comments; sorts by line.
 */
public final class Checker {
    private Checker() {
    }

    public static List<Diagnostic> check(ParsedState state) {
        return check(state, CheckContext.DEFAULT);
    }

    public static List<Diagnostic> check(ParsedState state, CheckContext context) {
        return check(state, context, true);
    }

    /**
     * The findings as {@link #check(ParsedState, CheckContext)} makes them, but with {@code detailed} false for a
     * caller that counts them (status): rules may then leave out what only their message needs (see {@link Rule.Findings#detailed}).
     */
    public static List<Diagnostic> check(ParsedState state, CheckContext context, boolean detailed) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> owned = new HashSet<>();
        for (Rule rule : Rules.all()) {
            owned.add(rule.id());
            Severity severity = context.severityOf(rule.id(), rule.defaultSeverity());
            if (severity == null) {
                continue;
            }
            rule.check(state, context, new Collected(rule.id(), severity, state.fileName(), out, detailed));
        }
        for (ParseProblem p : state.problems()) {
            Severity severity = context.severityOf(p.rule(), Severity.ERROR);
            if (!owned.contains(p.rule()) && severity != null) {
                out.add(new Diagnostic(p.rule(), severity, state.fileName(), p.line(), p.column(), p.message()));
            }
        }
        Suppressions suppressions = Suppressions.scan(state.doc());
        for (java.util.Iterator<Diagnostic> it = out.iterator(); it.hasNext(); ) {
            Diagnostic d = it.next();
            if (suppressions.silences(d.rule(), d.line())) {
                it.remove();
            }
        }
        out.sort(BY_PLACE);
        // one finding per rule and place: two rules may reach the same line through different fields
        Set<String> seen = new LinkedHashSet<>();
        List<Diagnostic> unique = new ArrayList<>();
        for (Diagnostic d : out) {
            if (seen.add(d.rule() + ":" + d.line() + ":" + d.column() + ":" + d.message())) {
                unique.add(d);
            }
        }
        return unique;
    }

    /** One rule's findings as diagnostics with its id and severity. A class, not a lambda: see {@link #BY_PLACE}. */
    private static final class Collected implements Rule.Findings {
        private final String rule;
        private final Severity severity;
        private final String file;
        private final List<Diagnostic> out;
        private final boolean detailed;

        Collected(String rule, Severity severity, String file, List<Diagnostic> out, boolean detailed) {
            this.rule = rule;
            this.severity = severity;
            this.file = file;
            this.out = out;
            this.detailed = detailed;
        }

        @Override
        public boolean detailed() {
            return detailed;
        }

        @Override
        public void add(int line, int column, String message) {
            out.add(new Diagnostic(rule, severity, file, line, column, message));
        }
    }

    /**
     * By line, column, then rule. Written out rather than chained from {@code Comparator.comparing}, and as a class
     * rather than a lambda or method reference: a cold run links every lambda call site it reaches through method
     * handles, and the JDK spins the chain's lambdas at run time (a class-data archive holds only our own).
     */
    private static final java.util.Comparator<Diagnostic> BY_PLACE = new java.util.Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
            int byLine = Integer.compare(a.line(), b.line());
            if (byLine != 0) {
                return byLine;
            }
            int byColumn = Integer.compare(a.column(), b.column());
            return byColumn != 0 ? byColumn : a.rule().compareTo(b.rule());
        }
    };
}
