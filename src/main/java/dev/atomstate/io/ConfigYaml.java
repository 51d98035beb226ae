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
import dev.atomstate.model.SimpleYaml;

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
        return read(file, true);
    }

    /** {@code byHand}: try the everyday subset first ({@link SimpleYaml}); false: Jackson alone, for the tests. */
    static Config read(Path file, boolean byHand) {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw AtomstateException.input(name + ": cannot read the config file (" + e.getMessage() + ")");
        }
        Map<String, Object> simple = byHand ? SimpleYaml.read(text) : null;
        if (simple != null && simple.isEmpty()) {
            return empty(file);
        }
        FileShape shape = simple == null ? null : HandShape.of(simple);
        return shape != null ? toConfig(file, shape) : Jackson.read(file, name, text);
    }

    /**
     * The file's shape from the subset's reading, as Jackson would bind it; null where binding it might differ in the
     * least (an unknown key, a list, a quoted number, a number with a sign or leading zero): Jackson then decides, and
     * words the error. {@code ConfigYamlByHandTest} holds the two readings equal.
     */
    private static final class HandShape {
        private static final Set<String> TOP = Set.of("state", "worklog", "dates", "decisions", "progress", "check", "lock", "limits");

        /** Thrown where the reading leaves the subset; no stack trace, it is a branch, not an error. */
        private static final class NotSimple extends RuntimeException {
            NotSimple() {
                super(null, null, false, false);
            }
        }

        static FileShape of(Map<String, Object> m) {
            try {
                keys(m, TOP);
                Map<String, Object> d = map(m, "dates", Set.of("date-format", "time-format"));
                Map<String, Object> dec = map(m, "decisions", Set.of("style"));
                Map<String, Object> p = map(m, "progress", Set.of("bar-width", "filled", "empty"));
                Map<String, Object> c = map(m, "check", Set.of("severity", "size-budget", "worklog-stale-after"));
                Map<String, Object> lock = map(m, "lock", Set.of("timeout"));
                Map<String, Object> limits = map(m, "limits", Set.of("max-bytes"));
                CheckShape check = null;
                if (c != null) {
                    Map<String, Object> sev = map(c, "severity", null);
                    Map<String, String> severity = null;
                    if (sev != null) {
                        severity = new java.util.LinkedHashMap<>();
                        for (String k : sev.keySet()) {
                            severity.put(k, text(sev, k));
                        }
                    }
                    Map<String, Object> budget = map(c, "size-budget", Set.of("lines", "bytes"));
                    check = new CheckShape(severity, budget == null ? null : new SizeBudgetShape(integer(budget, "lines"), whole(budget, "bytes")),
                            text(c, "worklog-stale-after"));
                }
                return new FileShape(text(m, "state"), text(m, "worklog"),
                        d == null ? null : new DatesShape(text(d, "date-format"), text(d, "time-format")),
                        dec == null ? null : new DecisionsShape(text(dec, "style")),
                        p == null ? null : new ProgressShape(integer(p, "bar-width"), text(p, "filled"), text(p, "empty")),
                        check,
                        lock == null ? null : new LockShape(text(lock, "timeout")),
                        limits == null ? null : new LimitsShape(whole(limits, "max-bytes")));
            } catch (NotSimple e) {
                return null;
            }
        }

        private static void keys(Map<String, Object> m, Set<String> known) {
            if (known != null && !known.containsAll(m.keySet())) {
                throw new NotSimple();
            }
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Map<String, Object> m, String key, Set<String> known) {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof Map)) {
                throw new NotSimple();
            }
            Map<String, Object> child = (Map<String, Object>) v;
            keys(child, known);
            return child;
        }

        /** A string as Jackson binds one: the scalar's text, or null for YAML's null ("", "~", "null"). */
        private static String text(Map<String, Object> m, String key) {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof SimpleYaml.Scalar s)) {
                throw new NotSimple();
            }
            if (s.plain() && (s.text().equals("~") || s.text().equals("null") || s.text().equals("Null") || s.text().equals("NULL"))) {
                return null;
            }
            return s.text();
        }

        private static Integer integer(Map<String, Object> m, String key) {
            String digits = digits(m, key, 9);
            return digits == null ? null : Integer.valueOf(digits);
        }

        private static Long whole(Map<String, Object> m, String key) {
            String digits = digits(m, key, 18);
            return digits == null ? null : Long.valueOf(digits);
        }

        /** A plain unsigned decimal of at most {@code max} digits without a leading zero, or null when absent. */
        private static String digits(Map<String, Object> m, String key, int max) {
            Object v = m.get(key);
            if (v == null) {
                return null;
            }
            if (!(v instanceof SimpleYaml.Scalar s) || !s.plain() || s.text().length() > max
                    || s.text().length() > 1 && s.text().charAt(0) == '0') {
                throw new NotSimple();
            }
            for (int i = 0; i < s.text().length(); i++) {
                if (s.text().charAt(i) < '0' || s.text().charAt(i) > '9') {
                    throw new NotSimple();
                }
            }
            return s.text();
        }
    }

    /** Jackson's reading, in a class of its own so that a file in the subset never loads Jackson. */
    private static final class Jackson {
        static Config read(Path file, String name, String text) {
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
            }
            if (shape == null) {
                return empty(file);
            }
            return toConfig(file, shape);
        }
    }

    /** A file of comments only: an empty configuration, not an error. */
    private static Config empty(Path file) {
        return new Config(List.of(file), null, null, null, null, null, null, null, null, Map.of(), null, null, null, null, null);
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
