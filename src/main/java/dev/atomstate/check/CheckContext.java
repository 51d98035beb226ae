package dev.atomstate.check;

import dev.atomstate.model.Neighbours;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a check run knows beyond the file: today's date (from --now, so results are deterministic), the size
 * budget, and the severity configured per rule ({@code error}, {@code warning}, {@code info}, {@code off}, or
 * null for the rule's default), and the roadmap and phase folders beside the file, if any.
 *
 * <p>Today comes in two parts. {@code clock} gives the exact local date, which costs a run the time zone's data
 * (about 3 ms of a cold start); {@code earliestToday} is a day the local date cannot be before, known from the
 * UTC clock alone (no zone is more than a day behind UTC). A rule that can decide from the bound does not read
 * the clock. Both are null when the run has no clock.
 */
public record CheckContext(Supplier<LocalDate> clock, LocalDate earliestToday, int maxLines, long maxBytes,
                           Function<String, String> severities, Neighbours neighbours) {
    /** GSD asks for a STATE.md of about 150 lines; 16 KiB lets such a file have long lines. */
    public static final int DEFAULT_MAX_LINES = 150;
    public static final long DEFAULT_MAX_BYTES = 16 * 1024;

    public static final CheckContext DEFAULT = new CheckContext((LocalDate) null, DEFAULT_MAX_LINES, DEFAULT_MAX_BYTES, r -> null,
            Neighbours.none());

    public CheckContext {
        severities = severities == null ? r -> null : severities;
        neighbours = neighbours == null ? Neighbours.none() : neighbours;
    }

    /** A context whose today is known exactly ({@code null}: no clock). */
    public CheckContext(LocalDate today, int maxLines, long maxBytes, Function<String, String> severities, Neighbours neighbours) {
        this(today == null ? null : new Fixed(today), today, maxLines, maxBytes, severities, neighbours);
    }

    /** Today's local date, or null when the run has no clock; may read the time zone. */
    public LocalDate today() {
        return clock == null ? null : clock.get();
    }

    /** The same settings for a file with these roadmap and phase folders beside it. */
    public CheckContext with(Neighbours n) {
        return new CheckContext(clock, earliestToday, maxLines, maxBytes, severities, n);
    }

    /** A date given outright; a class rather than a lambda, which a cold run would spin. */
    private record Fixed(LocalDate date) implements Supplier<LocalDate> {
        @Override
        public LocalDate get() {
            return date;
        }
    }

    /** Findings made elsewhere (worklog rules) with the configured severities; a rule switched off drops out. */
    public java.util.List<Diagnostic> configured(java.util.List<Diagnostic> found) {
        java.util.List<Diagnostic> out = new java.util.ArrayList<>();
        for (Diagnostic d : found) {
            Severity s = severityOf(d.rule(), d.severity());
            if (s != null) {
                out.add(s == d.severity() ? d : new Diagnostic(d.rule(), s, d.file(), d.line(), d.column(), d.message()));
            }
        }
        return out;
    }

    /** The severity a finding of {@code ruleId} gets (its {@code fallback} unless configured), or null when it is switched off. */
    public Severity severityOf(String ruleId, Severity fallback) {
        String configured = severities.apply(ruleId);
        if (configured == null) {
            return fallback;
        }
        return switch (configured.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "off" -> null;
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            case "info" -> Severity.INFO;
            default -> fallback;
        };
    }
}
