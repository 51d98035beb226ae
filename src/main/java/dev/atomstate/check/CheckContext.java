package dev.atomstate.check;

import dev.atomstate.model.Neighbours;
import dev.atomstate.model.Today;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * What a check run knows beyond the file: today's date (from --now, so results are deterministic), the size
 * budget, and the severity configured per rule ({@code error}, {@code warning}, {@code info}, {@code off}, or
 * null for the rule's default), and the roadmap and phase folders beside the file, if any.
 * {@code today} is null when the run has no clock; a rule that can decide from its range of days does not
 * read the time zone (see {@link Today}).
 */
public record CheckContext(Today today, int maxLines, long maxBytes, Function<String, String> severities,
                           Neighbours neighbours) {
    /** GSD asks for a STATE.md of about 150 lines; 16 KiB lets such a file have long lines. */
    public static final int DEFAULT_MAX_LINES = 150;
    public static final long DEFAULT_MAX_BYTES = 16 * 1024;

    /** No configured severities: every rule at its default. A class, not a lambda: a cold run links each lambda it reaches. */
    private static final Function<String, String> DEFAULT_SEVERITIES = new Function<>() {
        @Override
        public String apply(String rule) {
            return null;
        }
    };

    public static final CheckContext DEFAULT = new CheckContext((Today) null, DEFAULT_MAX_LINES, DEFAULT_MAX_BYTES, DEFAULT_SEVERITIES,
            Neighbours.none());

    public CheckContext {
        severities = severities == null ? DEFAULT_SEVERITIES : severities;
        neighbours = neighbours == null ? Neighbours.none() : neighbours;
    }

    /** A context whose today is known exactly ({@code null}: no clock). */
    public CheckContext(LocalDate today, int maxLines, long maxBytes, Function<String, String> severities, Neighbours neighbours) {
        this(today == null ? null : Today.exactly(today), maxLines, maxBytes, severities, neighbours);
    }

    /** The same settings for a file with these roadmap and phase folders beside it. */
    public CheckContext with(Neighbours n) {
        return new CheckContext(today, maxLines, maxBytes, severities, n);
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
