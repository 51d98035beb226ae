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
        List<Diagnostic> out = new ArrayList<>();
        Set<String> owned = new HashSet<>();
        for (Rule rule : Rules.all()) {
            owned.add(rule.id());
            Severity severity = context.severityOf(rule.id(), rule.defaultSeverity());
            if (severity == null) {
                continue;
            }
            rule.check(state, context, (line, column, message) ->
                    out.add(new Diagnostic(rule.id(), severity, state.fileName(), line, column, message)));
        }
        for (ParseProblem p : state.problems()) {
            Severity severity = context.severityOf(p.rule(), Severity.ERROR);
            if (!owned.contains(p.rule()) && severity != null) {
                out.add(new Diagnostic(p.rule(), severity, state.fileName(), p.line(), p.column(), p.message()));
            }
        }
        Suppressions suppressions = Suppressions.scan(state.doc());
        out.removeIf(d -> suppressions.silences(d.rule(), d.line()));
        out.sort(Checker::byPlace);
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

    /**
     * By line, column, then rule. Written out rather than chained from {@code Comparator.comparing}: the JDK spins
     * that chain's lambdas at run time (a class-data archive holds only our own), about 1.5 ms each on every check.
     */
    private static int byPlace(Diagnostic a, Diagnostic b) {
        int byLine = Integer.compare(a.line(), b.line());
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(a.column(), b.column());
        return byColumn != 0 ? byColumn : a.rule().compareTo(b.rule());
    }
}
