package dev.atomstate.check.worklog;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.time.Duration;
import java.time.ZonedDateTime;

/** A rule over one worklog. Implementations are stateless; the clock and the stale age come in {@link Context}. */
public interface WorklogRule {
    String id();

    Severity defaultSeverity();

    String description();

    /** What it finds, in more detail, and why that matters (check --explain). */
    String explanation();

    /** How to fix a finding, one or two sentences. */
    String fix();

    void check(ParsedWorklog w, Context ctx, Rule.Findings out);

    /** @param now the clock (--now / ATOMSTATE_NOW); {@code staleAfter} from check.worklog-stale-after (default P7D) */
    record Context(ZonedDateTime now, Duration staleAfter) {
    }
}
