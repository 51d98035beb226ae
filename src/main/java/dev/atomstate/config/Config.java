package dev.atomstate.config;


import java.nio.file.Path;
import java.util.Map;

/**
 * The settings of {@code .atomstate.yml} (nearest upwards from the working directory) merged over the
 * user's {@code ~/.config/atomstate/config.yml}. Every setting may be absent (null): callers fall back to
 * what the file itself shows, then to the built-in default. Paths are already resolved against the folder
 * of the file that named them.
 *
 * <p>This class is plain data and never touches Jackson, so that a project without a config file does not
 * pay for loading a YAML parser (io.ConfigLoader reads the files).
 */
public record Config(
        /** The files the settings came from, most specific first; empty when there are none. */
        java.util.List<Path> sources,
        /** The state file to use when -f is not given. */
        Path state,
        /** The worklog to use when --worklog is not given. */
        Path worklog,
        /** java.time pattern for dates the tool writes where the file shows none, e.g. {@code yyyy-MM-dd}. */
        String dateFormat,
        /** java.time pattern for times, e.g. {@code HH:mm}. */
        String timeFormat,
        /** How decisions are written in a file that has none yet: {@code list}, {@code bold} or {@code table}. */
        String decisionStyle,
        /** Cells in a new progress bar where the file shows none. */
        Integer barWidth,
        /** The filled and empty glyphs of a new progress bar. */
        String barFilled,
        String barEmpty,
        /** Rule id to severity ({@code error}, {@code warning}, {@code info}, {@code off}). */
        Map<String, String> severities,
        /** Size budget of a state file for the size-budget rule. */
        Integer maxLines,
        Long maxBytes,
        /** How long an in-progress worklog entry may stay open while later entries exist, e.g. {@code P7D}. */
        String worklogStaleAfter,
        /** Longest wait for another writer's lock, in milliseconds. */
        Long lockTimeoutMs,
        /** Largest file the tool reads, in bytes. */
        Long readLimitBytes) {

    public static final Config NONE = new Config(java.util.List.of(), null, null, null, null, null, null, null, null,
            Map.of(), null, null, null, null, null);

    public Config {
        sources = sources == null ? java.util.List.of() : java.util.List.copyOf(sources);
        severities = severities == null ? Map.of() : Map.copyOf(severities);
    }

    /** The severity configured for {@code ruleId}, or null when the rule keeps its default. */
    public String severity(String ruleId) {
        return severities.get(ruleId);
    }

    /** {@code this} where set, else {@code fallback}: how a project file overrides the user's file. */
    public Config over(Config fallback) {
        java.util.List<Path> src = new java.util.ArrayList<>(sources);
        src.addAll(fallback.sources);
        Map<String, String> sev = new java.util.HashMap<>(fallback.severities);
        sev.putAll(severities);
        return new Config(src, or(state, fallback.state), or(worklog, fallback.worklog),
                or(dateFormat, fallback.dateFormat), or(timeFormat, fallback.timeFormat),
                or(decisionStyle, fallback.decisionStyle), or(barWidth, fallback.barWidth),
                or(barFilled, fallback.barFilled), or(barEmpty, fallback.barEmpty), sev,
                or(maxLines, fallback.maxLines), or(maxBytes, fallback.maxBytes),
                or(worklogStaleAfter, fallback.worklogStaleAfter), or(lockTimeoutMs, fallback.lockTimeoutMs),
                or(readLimitBytes, fallback.readLimitBytes));
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
