package dev.atomstate.check.worklog;

import dev.atomstate.check.Diagnostic;
import dev.atomstate.check.Severity;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Runs the worklog rules over a parsed worklog, plus what the parser could not read, sorted by line. */
public final class WorklogChecker {
    private WorklogChecker() {
    }

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofDays(7);

    /** The worklog rules in the order --list-rules shows them, the parser's reading problems last. */
    public static List<WorklogRule> rules() {
        return WorklogRules.all();
    }

    public static List<Diagnostic> check(ParsedWorklog w, WorklogRule.Context ctx) {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (WorklogRule rule : WorklogRules.all()) {
            named.add(rule.id());
            rule.check(w, ctx, (line, column, message) ->
                    out.add(new Diagnostic(rule.id(), rule.defaultSeverity(), w.fileName(), line, column, message)));
        }
        // a reading problem no rule names (none today) is still reported
        for (ParseProblem p : w.problems()) {
            if (!named.contains(p.rule())) {
                out.add(new Diagnostic(p.rule(), Severity.WARNING, w.fileName(), p.line(), p.column(), p.message()));
            }
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparing(Diagnostic::rule));
        return out;
    }

    /** check.worklog-stale-after: an ISO-8601 duration or period (P7D, P2W, PT36H); null means the default. */
    public static Duration staleAfter(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_STALE_AFTER;
        }
        String s = configured.strip().toUpperCase(Locale.ROOT);
        try {
            return Duration.parse(s);
        } catch (DateTimeParseException e) {
            try {
                Period p = Period.parse(s);
                return Duration.ofDays(p.toTotalMonths() * 30 + p.getDays());
            } catch (DateTimeParseException e2) {
                throw AtomstateException.usage("check.worklog-stale-after '" + configured + "' is not an ISO-8601 duration; use e.g. P7D or PT36H");
            }
        }
    }
}
