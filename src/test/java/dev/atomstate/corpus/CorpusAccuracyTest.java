package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often {@code status --json} reads what a person reads, over the hand-labelled STATE.md files in
 * src/test/resources/corpus-labels/state-labels.tsv (the rules for each field are at the top of that file).
 * Prints a table per field and every miss (also written to target/corpus-accuracy.txt), and fails when the
 * accuracy over all (file, field) pairs falls below {@link #MIN_ACCURACY}.
 */
class CorpusAccuracyTest {
    /**
     * A ratchet: the accuracy measured when the labels were written, rounded down to a whole percent. Raise it
     * as the reader improves (issue 14 asks for 0.97); never lower it. Measured when the labels were written:
     * 623 of 720 pairs (86.5%); after the issue-14 reader work: 716 of 720 (99.4%).
     */
    static final double MIN_ACCURACY = 0.99;

    static final String LABELS = "/corpus-labels/state-labels.tsv";
    static final int MIN_CORPUS_FILES = 45;
    static final int SEEDS = 4;
    static final Path REPORT = Path.of("target", "corpus-accuracy.txt");
    static final int SHOWN = 120;

    enum Kind { NUMBER, COUNT, DATE, TEXT }

    /** One labelled field: its column, how it is compared, and where {@code status --json} says it. */
    enum Field {
        PHASE_NUMBER("phase_number", Kind.NUMBER, j -> scalar(j.path("position").path("phase").path("number"))),
        PHASE_NAME("phase_name", Kind.TEXT, j -> scalar(j.path("position").path("phase").path("name"))),
        PHASE_TOTAL("phase_total", Kind.NUMBER, j -> scalar(j.path("position").path("phase").path("total"))),
        PLAN_NUMBER("plan_number", Kind.NUMBER, j -> scalar(j.path("position").path("plan").path("number"))),
        PLAN_TOTAL("plan_total", Kind.NUMBER, j -> scalar(j.path("position").path("plan").path("total"))),
        STATUS("status", Kind.TEXT, j -> scalar(j.path("position").path("status"))),
        LAST_ACTIVITY("last_activity", Kind.DATE, j -> scalar(j.path("position").path("lastActivity").path("date"))),
        DECISIONS("decisions", Kind.COUNT, j -> String.valueOf(j.path("decisions").size())),
        OPEN_BLOCKERS("open_blockers", Kind.COUNT, CorpusAccuracyTest::openBlockers),
        STOPPED_AT("stopped_at", Kind.TEXT, j -> scalar(j.path("session").path("stoppedAt")));

        final String column;
        final Kind kind;
        final Function<JsonNode, String> read;

        Field(String column, Kind kind, Function<JsonNode, String> read) {
            this.column = column;
            this.kind = kind;
            this.read = read;
        }
    }

    static final List<String> COLUMNS = columns();

    record Label(int line, String file, Map<Field, String> values, String note) {
    }

    record Miss(String file, String label, String read) {
    }

    @Test
    void labelsFileIsWellFormed() throws IOException {
        List<Label> labels = labels();
        Set<String> files = new HashSet<>();
        int corpus = 0;
        int seeds = 0;
        for (Label l : labels) {
            String where = LABELS + ":" + l.line();
            assertThat(files.add(l.file())).as("%s: %s labelled twice", where, l.file()).isTrue();
            assertThat(l.file()).as(where).matches("(corpus/state|seeds)/[^/]+");
            if (l.file().startsWith("corpus/")) {
                corpus++;
            } else {
                assertThat(l.file()).as("%s: only the STATE.md seeds 000-003 are labelled", where).matches("seeds/00[0-3]_.*");
                seeds++;
            }
            for (Field f : Field.values()) {
                String v = l.values().get(f);
                switch (f.kind) {
                    case COUNT -> assertThat(v).as("%s %s: a count is always written", where, f.column).matches("\\d+");
                    case NUMBER -> assertThat(v).as("%s %s", where, f.column).matches("|\\d+(\\.\\d+)?");
                    case DATE -> assertThat(v).as("%s %s: yyyy-mm-dd", where, f.column).matches("|\\d{4}-\\d{2}-\\d{2}");
                    case TEXT -> assertThat(v).as("%s %s: trimmed", where, f.column).isEqualTo(v.strip());
                }
                if (f.kind == Kind.DATE && !v.isEmpty()) {
                    LocalDate.parse(v);
                }
            }
        }
        assertThat(corpus).as("labelled corpus files").isGreaterThanOrEqualTo(MIN_CORPUS_FILES);
        assertThat(seeds).as("labelled seeds").isEqualTo(SEEDS);
        if (Shared.present()) {
            for (Label l : labels) {
                assertThat(Shared.root().resolve(l.file())).as("%s:%d", LABELS, l.line()).isRegularFile();
            }
        }
    }

    @Test
    void comparisonFollowsTheRulesOfTheLabelsFile() {
        assertThat(agrees(Kind.TEXT, "ci-cd-pipeline-fixes", "CI/CD Pipeline Fixes")).isTrue();
        assertThat(agrees(Kind.TEXT, "Phase 35-03 complete - Package Installer", "**Phase 35-03 complete** — Package Installer")).isTrue();
        assertThat(agrees(Kind.TEXT, "Phase 4 in progress", "🔄 Phase 4 in progress")).isTrue();
        assertThat(agrees(Kind.TEXT, "Backend", "[Backend](phases/01-backend)")).isTrue();
        assertThat(agrees(Kind.TEXT, "抽取质量与黄金回归", "抽取质量与黄金回归")).isTrue();
        assertThat(agrees(Kind.TEXT, "Job Execution & Lifecycle", "Job Execution & Lifecycle (Complete)")).isFalse();
        assertThat(agrees(Kind.TEXT, "Backend", null)).isFalse();
        assertThat(agrees(Kind.TEXT, "", null)).isTrue();
        assertThat(agrees(Kind.TEXT, "", "Completed")).isFalse();
        assertThat(agrees(Kind.NUMBER, "4", "04")).isTrue();
        assertThat(agrees(Kind.NUMBER, "5.1", "5.1")).isTrue();
        assertThat(agrees(Kind.NUMBER, "5.1", "5")).isFalse();
        assertThat(agrees(Kind.NUMBER, "", "0")).isFalse();
        assertThat(agrees(Kind.NUMBER, "7", "seven")).isFalse();
        assertThat(agrees(Kind.COUNT, "0", "0")).isTrue();
        assertThat(agrees(Kind.COUNT, "0", null)).isFalse();
        assertThat(agrees(Kind.DATE, "2026-02-20", "2026-02-20")).isTrue();
        assertThat(agrees(Kind.DATE, "2026-02-20", "2026-02-19")).isFalse();
        assertThat(agrees(Kind.DATE, "2026-02-20", "Feb 20, 2026")).isFalse();
    }

    @Test
    void readerAccuracyDoesNotFallBelowTheRatchet() throws IOException {
        Shared.assumePresent();
        Map<Field, List<Miss>> misses = new LinkedHashMap<>();
        Map<Field, Integer> right = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            misses.put(f, new ArrayList<>());
            right.put(f, 0);
        }
        List<Label> labels = labels();
        List<String> unread = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Label l : labels) {
            Path file = Shared.root().resolve(l.file());
            CliRun.Result r = CliRun.run(Path.of("."), "status", "--json", "-f", file.toString());
            JsonNode doc = null;
            if (r.exit() == 0) {
                doc = json.readTree(r.out());
            } else {
                unread.add(l.file() + ": exit " + r.exit() + ": " + firstLine(r.err()));
            }
            for (Field f : Field.values()) {
                String label = l.values().get(f);
                String read = doc == null ? null : f.read.apply(doc);
                if (agrees(f.kind, label, read)) {
                    right.merge(f, 1, Integer::sum);
                } else {
                    misses.get(f).add(new Miss(l.file(), label, read));
                }
            }
        }
        String report = report(labels.size(), right, misses, unread);
        System.out.println(report);
        java.nio.file.Files.createDirectories(REPORT.getParent());
        java.nio.file.Files.writeString(REPORT, report, StandardCharsets.UTF_8);

        int total = labels.size() * Field.values().length;
        int good = right.values().stream().mapToInt(Integer::intValue).sum();
        assertThat((double) good / total)
                .as("accuracy over %d (file, field) pairs; every miss is listed in %s", total, REPORT)
                .isGreaterThanOrEqualTo(MIN_ACCURACY);
    }

    // ---- comparing, by the rules at the top of the labels file ----

    static boolean agrees(Kind kind, String label, String read) {
        if (label.isEmpty()) {
            return read == null || normalize(read).isEmpty();
        }
        if (read == null) {
            return false;
        }
        return switch (kind) {
            case NUMBER, COUNT -> sameNumber(label, read);
            case DATE -> sameDate(label, read);
            case TEXT -> normalize(label).equals(normalize(read));
        };
    }

    static boolean sameNumber(String label, String read) {
        try {
            return new BigDecimal(label).compareTo(new BigDecimal(read.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean sameDate(String label, String read) {
        try {
            return LocalDate.parse(label).equals(LocalDate.parse(read.strip()));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    /**
     * Text as a person compares it: links reduced to their text, then every run of characters that are not
     * letters or digits (Markdown emphasis, code ticks, dashes, slashes, emoji) read as one space, case folded.
     */
    static String normalize(String text) {
        String s = LINK.matcher(text).replaceAll("$1");
        s = NOT_A_WORD_CHARACTER.matcher(s).replaceAll(" ").strip();
        return s.toLowerCase(Locale.ROOT);
    }

    static String openBlockers(JsonNode doc) {
        int open = 0;
        for (JsonNode b : doc.path("blockers")) {
            if (!b.path("done").asBoolean(false)) {
                open++;
            }
        }
        return String.valueOf(open);
    }

    static String scalar(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    // ---- the report the reader work is driven by ----

    static String report(int files, Map<Field, Integer> right, Map<Field, List<Miss>> misses, List<String> unread) {
        StringBuilder out = new StringBuilder();
        out.append("Reader accuracy on ").append(files).append(" hand-labelled STATE.md files (").append(LABELS).append(")\n\n");
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s %7s%n", "field", "right", "total", "%"));
        int good = 0;
        for (Field f : Field.values()) {
            int r = right.get(f);
            good += r;
            out.append(String.format(Locale.ROOT, "%-14s %6d %6d %6.1f%%%n", f.column, r, files, 100.0 * r / files));
        }
        int total = files * Field.values().length;
        out.append(String.format(Locale.ROOT, "%-14s %6d %6d %6.1f%%   (ratchet %.0f%%)%n%n", "overall", good, total,
                100.0 * good / total, 100 * MIN_ACCURACY));
        for (String u : unread) {
            out.append("not read: ").append(visible(u)).append('\n');
        }
        for (Map.Entry<Field, List<Miss>> e : misses.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            out.append("misses in ").append(e.getKey().column).append(" (").append(e.getValue().size()).append("):\n");
            for (Miss m : e.getValue()) {
                out.append("  ").append(m.file()).append('\n');
                out.append("      label ").append(shown(m.label(), m.read())).append('\n');
                out.append("      read  ").append(m.read() == null ? "null" : shown(m.read(), m.label())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A value for the miss list: quoted, control characters made visible, long ones cut around where they differ. */
    static String shown(String value, String other) {
        if (value.isEmpty()) {
            return "(empty)";
        }
        String v = visible(value);
        if (v.length() <= SHOWN) {
            return "«" + v + "»";
        }
        int from = other == null ? 0 : Math.max(0, firstDifference(v, visible(other)) - SHOWN / 3);
        int to = Math.min(v.length(), from + SHOWN);
        return (from > 0 ? "…" : "") + "«" + v.substring(from, to) + "»" + (to < v.length() ? "…" : "")
                + " (" + v.length() + " chars)";
    }

    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (Character.toLowerCase(a.charAt(i)) != Character.toLowerCase(b.charAt(i))) {
                return i;
            }
        }
        return n;
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.CONTROL) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    // ---- reading the labels file ----

    static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("file");
        for (Field f : Field.values()) {
            c.add(f.column);
        }
        c.add("note");
        return List.copyOf(c);
    }

    static List<Label> labels() throws IOException {
        String text;
        try (InputStream in = CorpusAccuracyTest.class.getResourceAsStream(LABELS)) {
            assertThat(in).as("src/test/resources" + LABELS).isNotNull();
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Label> labels = new ArrayList<>();
        boolean header = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#") || (line.isEmpty() && i == lines.length - 1)) {
                continue;
            }
            String where = LABELS + ":" + (i + 1);
            assertThat(line).as("%s: no carriage returns, no blank lines", where).doesNotContain("\r").isNotEmpty();
            List<String> cells = Arrays.asList(line.split("\t", -1));
            if (!header) {
                assertThat(cells).as("%s: the header row", where).isEqualTo(COLUMNS);
                header = true;
                continue;
            }
            assertThat(cells).as("%s: every row has all %d columns", where, COLUMNS.size()).hasSize(COLUMNS.size());
            Map<Field, String> values = new LinkedHashMap<>();
            for (Field f : Field.values()) {
                values.put(f, cells.get(COLUMNS.indexOf(f.column)));
            }
            labels.add(new Label(i + 1, cells.get(0), values, cells.get(COLUMNS.size() - 1)));
        }
        assertThat(header).as("%s has a header row", LABELS).isTrue();
        return labels;
    }
}
