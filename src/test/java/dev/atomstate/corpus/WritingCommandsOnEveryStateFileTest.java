package dev.atomstate.corpus;

import dev.atomstate.check.Checker;
import dev.atomstate.testing.Scratch;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.TableBlock;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every writing command over every seed and corpus STATE.md, as stored and as CRLF, through the real CLI: each run
 * either refuses cleanly (exit 1, 2 or 3, one "atomstate: " line, the file byte for byte as it was) or exits 0 having
 * changed only the lines it is about — and then leaves no check rule reporting more than before, and a second run
 * changes nothing (where the command can know it already ran).
 *
 * <p>The commands are a table: one {@link Invocation} per line. To add a command, add a line: its arguments (worked
 * out from the parsed file) and which old lines it may change and which new lines it may add.
 */
class WritingCommandsOnEveryStateFileTest {
    /**
     * One command: {@code args} from the parsed file; {@code owned} the 1-based old lines it may remove or rewrite;
     * {@code addable} what an added line may be besides the new version of an owned line; {@code idempotent} false
     * where a second run legitimately acts again (resolving item 1 twice resolves two items); {@code mayReveal} check
     * rules whose findings may grow because the command moved the position past free text it does not own (a "Next
     * action: plan Phase 2" is stale once phase 3 begins — the command says so rather than rewrite the prose).
     */
    record Invocation(String name, Function<ParsedState, List<String>> args, Function<ParsedState, Set<Integer>> owned,
                      Predicate<String> addable, boolean idempotent, Set<String> mayReveal) {
        Invocation(String name, Function<ParsedState, List<String>> args, Function<ParsedState, Set<Integer>> owned,
                   Predicate<String> addable, boolean idempotent) {
            this(name, args, owned, addable, idempotent, Set.of());
        }
    }

    /**
     * A clock after every date in the corpus: with the fixed test clock (2026-03-01) the session a command writes
     * would be older than the files' own last activity, which date-order rightly reports.
     */
    static final Map<String, String> CLOCK = Map.of("ATOMSTATE_NOW", "2026-12-01T00:00:00Z");
    static final dev.atomstate.check.CheckContext CHECK = new dev.atomstate.check.CheckContext(java.time.LocalDate.of(2026, 12, 1),
            dev.atomstate.check.CheckContext.DEFAULT_MAX_LINES, dev.atomstate.check.CheckContext.DEFAULT_MAX_BYTES, null, null);

    static final List<Invocation> COMMANDS = List.of(
            // adding a line may cross the size budget: that finding is about the file's size, not a broken edit
            new Invocation("block", ps -> List.of("block", "Corpus check: \"quoted\" blocker #1"), ps -> blockerLines(ps),
                    l -> l.contains("Corpus check") || l.isBlank() || l.startsWith("#"), true, Set.of("size-budget")),
            new Invocation("todo add", ps -> List.of("todo", "add", "Corpus check todo"), ps -> listLines(ps, "todo"),
                    l -> l.contains("Corpus check todo") || l.isBlank() || l.startsWith("#"), true, Set.of("size-budget")),
            new Invocation("unblock 1", ps -> List.of("unblock", "1"), ps -> blockerLines(ps),
                    WritingCommandsOnEveryStateFileTest::placeholderOrStruck, false),
            new Invocation("todo done 1", ps -> List.of("todo", "done", "1"), ps -> listLines(ps, "todo"),
                    WritingCommandsOnEveryStateFileTest::placeholderOrStruck, false),
            new Invocation("session", ps -> List.of("session", "--stopped-at", "Corpus: \"quoted\" stop #2 - next", "--resume-file", "None"),
                    ps -> fieldLines(ps, ps.handles().lastSession(), ps.handles().stoppedAt(), ps.handles().resumeFile()),
                    l -> l.contains("Corpus: \"quoted\" stop") || l.contains("None"), true),
            // a row for a plan the totals do not count yet (metric records, it does not complete) is what
            // velocity-total points out; the command's output says so too
            new Invocation("metric", ps -> List.of("metric", nextPhase(ps) + "-01", "--duration", "1h 5m", "--tasks", "3", "--files", "2"),
                    ps -> Set.of(ps.doc().lineCount()), l -> l.strip().startsWith("|") && l.strip().endsWith("|"), true,
                    Set.of("velocity-total", "size-budget")),
            new Invocation("begin-phase (next)", ps -> List.of("begin-phase", nextPhase(ps), "--plans", "3", "--name", "Corpus Phase"),
                    WritingCommandsOnEveryStateFileTest::positionLines, l -> l.isBlank() || l.startsWith("Previous: "), true,
                    Set.of("next-action-stale")),
            // the phase in flight: nothing changes (a file that names no phase number gets phase 1 begun)
            new Invocation("begin-phase (current)", ps -> List.of("begin-phase", currentPhase(ps)),
                    WritingCommandsOnEveryStateFileTest::positionLines, l -> l.isBlank() || l.startsWith("Previous: "), true,
                    Set.of("next-action-stale")),
            new Invocation("complete-phase", ps -> List.of("complete-phase", "--force"),
                    WritingCommandsOnEveryStateFileTest::positionLines, l -> l.isBlank() || l.startsWith("Previous: "), true),
            new Invocation("milestone start", ps -> List.of("milestone", "start", "v99.1", "--name", "Corpus: \"quoted\" # milestone"),
                    WritingCommandsOnEveryStateFileTest::milestoneLines, l -> l.isBlank() || l.startsWith("Previous: "), true,
                    Set.of("next-action-stale")),
            new Invocation("milestone complete", ps -> List.of("milestone", "complete", "--force"),
                    WritingCommandsOnEveryStateFileTest::milestoneLines, l -> l.isBlank() || l.startsWith("Previous: "), true));

    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)^\\s*(?:[-*+]\\s+)?[*_(]*(none|none yet|nothing yet)\\.?[*_)]*\\.?\\s*$");

    @TestFactory
    Stream<DynamicNode> everyCommandOnEveryFile() {
        Shared.assumePresent();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Invocation inv : COMMANDS) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Path p : Files.stateFiles()) {
                String lf = Files.text(p).replace("\r\n", "\n");
                tests.add(Named.test(inv.name() + " " + Files.name(p), () -> {
                    run(inv, Files.name(p), lf);
                    run(inv, Files.name(p) + " (CRLF)", Shared.toCrlf(lf));
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(inv.name(), tests));
        }
        return nodes.stream();
    }

    static void run(Invocation inv, String name, String before) throws IOException {
        ParsedState ps = StateParser.parse(name, before);
        List<String> args = new ArrayList<>(inv.args().apply(ps));
        Path dir = Scratch.dir("writing-");
        try {
            Path file = dir.resolve("STATE.md");
            java.nio.file.Files.writeString(file, before, StandardCharsets.UTF_8);
            args.add("-f");
            args.add("STATE.md");
            CliRun.Result r = CliRun.run(dir, CLOCK, args.toArray(String[]::new));
            String after = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
            String what = name + ": atomstate " + String.join(" ", args);
            assertThat(r.exit()).as("%s: exit (stderr %s)", what, r.err()).isIn(0, 1, 2, 3);
            if (r.exit() != 0) {
                assertThat(r.err()).as("%s: one line", what).startsWith("atomstate: ").doesNotContain("internal error").doesNotContain("\tat ");
                assertThat(r.err().lines().count()).as("%s: one line", what).isEqualTo(1);
                assertThat(after).as("%s: a refusal writes nothing", what).isEqualTo(before);
                return;
            }
            assertThat(r.err()).as("%s: stderr", what).isEmpty();
            if (inv.name().equals("begin-phase (current)") && hasPhase(ps)) {
                assertThat(after).as("%s: beginning the phase in flight changes nothing", what).isEqualTo(before);
            }
            if (after.equals(before)) {
                return;
            }
            String diff = UnifiedDiff.diff("a/" + name, "b/" + name, before, after);
            List<Hunks.Hunk> hunks = Hunks.parse(diff);
            Set<Integer> owned = new HashSet<>(inv.owned().apply(ps));
            ParsedState now = StateParser.parse(name, after);
            Set<Integer> ownedAfter = inv.owned().apply(now);
            for (Hunks.Hunk h : hunks) {
                for (Hunks.DiffLine l : h.removed()) {
                    assertThat(owned).as("%s removed line %d it does not own: '%s'\n%s", what, l.oldLine(), l.content(), diff).contains(l.oldLine());
                }
                for (Hunks.DiffLine l : h.added()) {
                    boolean ok = ownedAfter.contains(l.newLine()) || inv.addable().test(l.content());
                    assertThat(ok).as("%s added line %d: '%s'\n%s", what, l.newLine(), l.content(), diff).isTrue();
                }
            }
            assertThat(before.contains("\r\n") ? after.replace("\r\n", "").contains("\n") : after.contains("\r\n"))
                    .as("%s: the file's line endings are kept", what).isFalse();
            assertThat(placeholdersBesideItems(now)).as("%s: placeholders beside real items (before: %s)\n%s", what,
                    placeholdersBesideItems(ps), diff).isSubsetOf(placeholdersBesideItems(ps));
            Map<String, Long> b = counts(Checker.check(ps, CHECK));
            Map<String, Long> a = counts(Checker.check(now, CHECK));
            for (Map.Entry<String, Long> e : a.entrySet()) {
                if (inv.mayReveal().contains(e.getKey())) {
                    continue;
                }
                assertThat(e.getValue()).as("%s: %s findings (before %s, after %s)", what, e.getKey(), b, a).isLessThanOrEqualTo(b.getOrDefault(e.getKey(), 0L));
            }
            if (inv.idempotent()) {
                CliRun.Result again = CliRun.run(dir, CLOCK, args.toArray(String[]::new));
                assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)).as("%s: a second run changes nothing (%s)", what, again.out()).isEqualTo(after);
            }
        } finally {
            try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }

    /**
     * Placeholder lines ("None yet.", "| None yet | - | - |") standing beside a real item of the same list or metrics
     * table, as their text (line numbers move), so a run may keep the file's own but never leave a new one.
     */
    static Set<String> placeholdersBesideItems(ParsedState ps) {
        Set<String> out = new HashSet<>();
        for (ParsedState.ListBlock block : new ParsedState.ListBlock[] {ps.handles().decisions(), ps.handles().todos(),
                ps.handles().blockers()}) {
            if (block != null && !block.items().isEmpty()) {
                block.placeholderLines().forEach(l -> out.add(block.section().title() + ": " + ps.doc().line(l).content().strip()));
            }
        }
        for (ParsedState.MetricTable t : ps.handles().metricTables()) {
            if (t.rows().isEmpty()) {
                continue;
            }
            for (TableBlock.Row r : t.table().dataRows()) {
                if (!r.separator() && PlaceholderText.isPlaceholderRow(r.cells().stream().map(c -> c.of(ps.text())).toList())) {
                    out.add("metrics: " + ps.doc().line(r.line()).content().strip());
                }
            }
        }
        return out;
    }

    private static boolean placeholderOrStruck(String line) {
        return PLACEHOLDER.matcher(line).matches() || line.contains("~~") || line.matches("\\s*(?:[-*+]|\\d+[.)])\\s+\\[[xX]\\].*");
    }

    /** The lines of the first section whose title has one of {@code words}, heading excluded (1-based). */
    static Set<Integer> listLines(ParsedState ps, String... words) {
        Set<Integer> lines = new HashSet<>();
        for (Section s : ps.doc().sections()) {
            String t = s.normalizedTitle();
            if (Stream.of(words).anyMatch(t::contains)) {
                for (int i = s.firstContentLine(); i < s.endLine(); i++) {
                    lines.add(i + 1);
                }
                // a list item appended after the last line of the file, and a last line that gains a newline
                lines.add(ps.doc().lineCount());
                return lines;
            }
        }
        lines.add(ps.doc().lineCount());
        return lines;
    }

    /** The blockers section as the commands find it: a Blockers/Concerns heading, else an Issues one. */
    static Set<Integer> blockerLines(ParsedState ps) {
        Set<Integer> lines = listLines(ps, "blocker", "concern");
        return lines.size() > 1 ? lines : listLines(ps, "issue");
    }

    static boolean hasPhase(ParsedState ps) {
        var phase = ps.model().position().phase();
        return phase != null && phase.number() != null;
    }

    static Set<Integer> fieldLines(ParsedState ps, Field... fields) {
        Set<Integer> lines = new HashSet<>();
        Stream.of(fields).filter(Objects::nonNull).forEach(f -> lines.add(f.line() + 1));
        lines.addAll(frontmatterLines(ps));
        return lines;
    }

    static Set<Integer> positionLines(ParsedState ps) {
        ParsedState.Handles h = ps.handles();
        // and every twin of them: a writer updates every field that records the same fact (issue 13)
        Set<Integer> lines = fieldLines(ps, h.phase(), h.plan(), h.status(), h.lastActivity(), h.focus(), h.lastSession(), h.stoppedAt());
        lines.addAll(fieldLines(ps, h.companions().all().toArray(Field[]::new)));
        return lines;
    }

    /** The position lines, the Milestone and Progress fields and the "*Milestone: …*" footer. */
    static Set<Integer> milestoneLines(ParsedState ps) {
        Set<Integer> lines = positionLines(ps);
        lines.addAll(fieldLines(ps, ps.handles().milestone(), ps.handles().progress()));
        for (int i = 0; i < ps.doc().lineCount(); i++) {
            if (ps.doc().line(i).content().matches("(?i)\\s*([*_])\\s*Milestone:.*\\1\\s*")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    static Set<Integer> frontmatterLines(ParsedState ps) {
        Set<Integer> lines = new HashSet<>();
        if (!ps.doc().frontmatter().isEmpty()) {
            FrontmatterBlock fm = ps.doc().frontmatter().get(0);
            for (int i = fm.openLine() + 1; i < fm.closeLine(); i++) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    static String currentPhase(ParsedState ps) {
        var phase = ps.model().position().phase();
        return phase != null && phase.number() != null ? phase.number() : "1";
    }

    static String nextPhase(ParsedState ps) {
        String cur = currentPhase(ps).replaceFirst("\\..*", "");
        return Integer.toString(Integer.parseInt(cur) + 1);
    }

    private static Map<String, Long> counts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }
}
