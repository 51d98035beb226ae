package dev.atomstate.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.atomstate.config.Config;
import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one config file with jackson-dataformat-yaml into {@link Config}; an unknown key is an error naming it. */
final class ConfigYaml {
    private ConfigYaml() {
    }

    // The file's shape. Unknown keys fail (FAIL_ON_UNKNOWN_PROPERTIES) so that a typo is reported, not ignored.
    record FileShape(String state, String worklog, DatesShape dates, DecisionsShape decisions,
                     ProgressShape progress, CheckShape check, LockShape lock, LimitsShape limits) {
    }

    record DatesShape(@JsonProperty("date-format") String dateFormat, @JsonProperty("time-format") String timeFormat) {
    }

    record DecisionsShape(String style) {
    }

    record ProgressShape(@JsonProperty("bar-width") Integer barWidth, String filled, String empty) {
    }

    record CheckShape(Map<String, String> severity, @JsonProperty("size-budget") SizeBudgetShape sizeBudget,
                      @JsonProperty("worklog-stale-after") String worklogStaleAfter) {
    }

    record SizeBudgetShape(Integer lines, Long bytes) {
    }

    record LockShape(String timeout) {
    }

    record LimitsShape(@JsonProperty("max-bytes") Long maxBytes) {
    }

    static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "off");
    static final Set<String> DECISION_STYLES = Set.of("list", "bold", "table");

    static Config read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read the config file (" + e.getMessage() + ")");
        }
        FileShape shape;
        try {
            ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            var tree = mapper.readTree(text);
            // a file of comments only is an empty configuration, not an error
            shape = tree == null || tree.isMissingNode() || tree.isNull() ? null : mapper.readValue(text, FileShape.class);
        } catch (UnrecognizedPropertyException e) {
            Set<String> known = new TreeSet<>();
            if (e.getKnownPropertyIds() != null) {
                e.getKnownPropertyIds().forEach(k -> known.add(k.toString()));
            }
            throw AtomstateException.input(name + keyLine(text, e.getPropertyName(), e.getLocation()) + ": unknown key '" + e.getPropertyName() + "'"
                    + (known.isEmpty() ? "" : " (known here: " + String.join(", ", known) + ")"));
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
                msg = "'" + pathOf(m) + "' has the wrong type (" + msg.replaceAll(" \\(.*", "") + ")";
            }
            throw AtomstateException.input(name + line(e.getLocation()) + ": " + msg);
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read the config file (" + e.getMessage() + ")");
        }
        if (shape == null) {
            return new Config(List.of(file), null, null, null, null, null, null, null, null, Map.of(), null, null, null, null, null);
        }
        return toConfig(file, shape);
    }

    private static Config toConfig(Path file, FileShape s) {
        String name = file.toString();
        Path base = file.toAbsolutePath().getParent();
        DatesShape d = s.dates();
        if (d != null) {
            pattern(name, "dates.date-format", d.dateFormat());
            pattern(name, "dates.time-format", d.timeFormat());
        }
        String style = s.decisions() == null ? null : s.decisions().style();
        if (style != null && !DECISION_STYLES.contains(style)) {
            throw AtomstateException.input(name + ": decisions.style '" + style + "' is not one of list, bold, table");
        }
        ProgressShape p = s.progress();
        if (p != null && p.barWidth() != null && (p.barWidth() < 1 || p.barWidth() > 100)) {
            throw AtomstateException.input(name + ": progress.bar-width " + p.barWidth() + " is not between 1 and 100");
        }
        glyph(name, "progress.filled", p == null ? null : p.filled());
        glyph(name, "progress.empty", p == null ? null : p.empty());
        CheckShape c = s.check();
        Map<String, String> severities = Map.of();
        if (c != null && c.severity() != null) {
            severities = new java.util.HashMap<>();
            for (Map.Entry<String, String> e : c.severity().entrySet()) {
                String v = e.getValue() == null ? "" : e.getValue().toLowerCase(Locale.ROOT);
                if (!SEVERITIES.contains(v)) {
                    throw AtomstateException.input(name + ": check.severity." + e.getKey() + " '" + e.getValue()
                            + "' is not one of error, warning, info, off");
                }
                severities.put(e.getKey(), v);
            }
        }
        if (c != null && c.worklogStaleAfter() != null) {
            duration(name, "check.worklog-stale-after", c.worklogStaleAfter());
        }
        Long lockMs = s.lock() == null || s.lock().timeout() == null ? null
                : duration(name, "lock.timeout", s.lock().timeout()).toMillis();
        Long readLimit = s.limits() == null ? null : s.limits().maxBytes();
        if (readLimit != null && readLimit < 1) {
            throw AtomstateException.input(name + ": limits.max-bytes must be positive");
        }
        return new Config(List.of(file),
                s.state() == null ? null : base.resolve(s.state()).normalize(),
                s.worklog() == null ? null : base.resolve(s.worklog()).normalize(),
                d == null ? null : d.dateFormat(), d == null ? null : d.timeFormat(), style,
                p == null ? null : p.barWidth(), p == null ? null : p.filled(), p == null ? null : p.empty(),
                severities,
                c == null || c.sizeBudget() == null ? null : c.sizeBudget().lines(),
                c == null || c.sizeBudget() == null ? null : c.sizeBudget().bytes(),
                c == null ? null : c.worklogStaleAfter(), lockMs, readLimit);
    }

    private static void pattern(String name, String key, String pattern) {
        if (pattern == null) {
            return;
        }
        try {
            DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw AtomstateException.input(name + ": " + key + " '" + pattern + "' is not a date-time pattern (" + e.getMessage() + ")");
        }
    }

    private static void glyph(String name, String key, String glyph) {
        if (glyph != null && glyph.codePointCount(0, glyph.length()) != 1) {
            throw AtomstateException.input(name + ": " + key + " must be one character, not '" + glyph + "'");
        }
    }

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)");

    /** {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO-8601 {@code PT30S}/{@code P7D}. */
    static Duration duration(String name, String key, String raw) {
        String s = raw.strip();
        Matcher m = SIMPLE_DURATION.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(s);
        } catch (RuntimeException e) {
            // P7D style periods are not Durations in java.time; accept whole days
        }
        Matcher days = Pattern.compile("P(\\d+)D").matcher(s);
        if (days.matches()) {
            return Duration.ofDays(Long.parseLong(days.group(1)));
        }
        throw AtomstateException.input(name + ": " + key + " '" + raw + "' is not a duration (e.g. 30s, 500ms, 2m, P7D)");
    }

    /** The line of the first {@code key:} in the text; Jackson reports where it stopped, which is later. */
    private static String keyLine(String text, String key, JsonLocation loc) {
        Pattern p = Pattern.compile("^[\\s-]*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
        int n = 0;
        for (String l : text.split("\\R", -1)) {
            n++;
            if (p.matcher(l).find()) {
                return ":" + n;
            }
        }
        return line(loc);
    }

    private static String line(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr();
    }

    private static String pathOf(MismatchedInputException m) {
        StringBuilder sb = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }
}
