package dev.atomstate.check;

import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Runs every rule over a parsed file, plus what the parser itself could not read, sorted by line. */
public final class Checker {
    private Checker() {
    }

    public static List<Diagnostic> check(ParsedState state) {
        return check(state, Neighbours.none());
    }

    /** With the roadmap and phase folders beside the file, for the rules that compare against them. */
    public static List<Diagnostic> check(ParsedState state, Neighbours neighbours) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : Rule.all()) {
            rule.check(state, neighbours, (line, column, message) ->
                    out.add(new Diagnostic(rule.id(), rule.defaultSeverity(), state.fileName(), line, column, message)));
        }
        for (ParseProblem p : state.problems()) {
            Severity severity = p.rule().equals("unclosed-fence") ? Severity.WARNING : Severity.ERROR;
            out.add(new Diagnostic(p.rule(), severity, state.fileName(), p.line(), p.column(), p.message()));
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column).thenComparing(Diagnostic::rule));
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
}
