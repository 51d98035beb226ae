package dev.atomstate.corpus;

import dev.atomstate.app.RecordDecision;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code decide "Adopt atomstate for state edits"} (default phase) on every seed and corpus STATE.md, as stored and
 * with CRLF line endings. The change must be one insertion in one place — or one placeholder line such as
 * "None yet." replaced by the item — written with the file's own line endings; the second run must change
 * nothing; and no check rule may report more than before. A file whose only place for a decision lies below a
 * code fence that is never closed (corpus 180, 181) is refused instead.
 */
class DecideOnEveryStateFileTest {
    static final String DECISION = "Adopt atomstate for state edits";
    static final ZonedDateTime NOW = ZonedDateTime.parse(CliRun.DEFAULT_NOW);

    /** What a decisions list says when it is empty (after the list marker, if any). */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\(?(?:none yet|none|n/a|nothing yet|none so far)\\)?\\.?|—|-)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISIONS_HEADING = Pattern.compile("^#{1,6} Decisions$");

    /**
     * This test's own forms, or one of the parser's placeholder phrases ("- None recorded"): issue 13 makes that list
     * the one source, and a placeholder the parser knows is replaced by the first real item.
     */
    private static boolean isPlaceholder(String line) {
        return PLACEHOLDER.matcher(line).matches()
                || dev.atomstate.parse.PlaceholderText.isPlaceholder(line.strip().replaceFirst("^[-*+]\\s+", ""));
    }

    @TestFactory
    Stream<DynamicTest> decideInsertsOneItemAndNothingElse() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Files.stateFiles()) {
            tests.add(Named.test(Files.name(p) + " [as stored]", () -> decide(Files.name(p), Files.text(p))));
            tests.add(Named.test(Files.name(p) + " [crlf]", () -> decide(Files.name(p), Shared.toCrlf(Files.text(p)))));
        }
        return tests.stream();
    }

    static void decide(String name, String before) {
        ParsedState ps = StateParser.parse(name, before);
        if (ps.doc().unclosedFenceLine() >= 0 && ps.handles().decisions() == null && ps.handles().decisionTable() == null) {
            // the only place left is the end of the file, inside the open code block: refused, nothing written
            assertThatThrownBy(() -> RecordDecision.run(ps, new RecordDecision.Options(DECISION, null, null), NOW))
                    .isInstanceOfSatisfying(AtomstateException.class, e -> {
                        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.REFUSED);
                        assertThat(e.getMessage()).contains(":" + (ps.doc().unclosedFenceLine() + 1) + ":").contains("never closed");
                    });
            return;
        }
        Change change = RecordDecision.run(ps, new RecordDecision.Options(DECISION, null, null), NOW);
        assertThat(change.edits()).as("decide writes something").isNotEmpty();
        String after = change.apply(before);

        String diff = UnifiedDiff.diff("a/" + name, "b/" + name, before, after);
        List<Hunks.Hunk> hunks = Hunks.parse(diff);
        assertThat(Hunks.patch(before, hunks)).as("the diff describes the change exactly").isEqualTo(after);
        assertThat(hunks).as("one place in the file:\n%s", diff).hasSize(1);
        Hunks.Hunk hunk = hunks.get(0);

        List<Hunks.DiffLine> removed = hunk.removed();
        List<Hunks.DiffLine> added = hunk.added();
        List<Hunks.DiffLine> withText = added.stream().filter(l -> l.content().contains(DECISION)).toList();
        assertThat(withText).as("exactly one added line carries the decision:\n%s", diff).hasSize(1);

        for (Hunks.DiffLine r : removed) {
            boolean placeholder = isPlaceholder(r.content());
            // a last line without newline gains one when a line is appended after it
            boolean gainedNewline = r.terminator().isEmpty() && added.stream()
                    .anyMatch(a -> a.content().equals(r.content()) && !a.terminator().isEmpty());
            assertThat(placeholder || gainedNewline).as("removed line %d is a placeholder: '%s'\n%s", r.oldLine(), r.content(), diff).isTrue();
        }
        assertThat(removed.stream().filter(r -> isPlaceholder(r.content())).count())
                .as("at most one placeholder replaced").isLessThanOrEqualTo(1);

        for (Hunks.DiffLine a : added) {
            boolean ok = a.content().isBlank() || a.content().contains(DECISION) || DECISIONS_HEADING.matcher(a.content()).matches()
                    || removed.stream().anyMatch(r -> r.content().equals(a.content()));
            assertThat(ok).as("added line %d is the item, a blank line or a Decisions heading: '%s'", a.newLine(), a.content()).isTrue();
        }

        // the item stands on its own: a separator before the text ("- **1**Adopt" is broken emphasis) ...
        String itemLine = withText.get(0).content();
        int at = itemLine.indexOf(DECISION);
        assertThat(at == 0 || Character.isWhitespace(itemLine.charAt(at - 1)))
                .as("the decision text follows a space or starts the line: '%s'", itemLine).isTrue();
        // ... it does not take over lines nested under the previous item ...
        List<String> afterLines = Hunks.lines(after);
        int itemIndex = withText.get(0).newLine() - 1;
        if (itemIndex + 1 < afterLines.size() && !afterLines.get(itemIndex + 1).isBlank()) {
            assertThat(indent(afterLines.get(itemIndex + 1))).as("the line after the new item is not nested under it:\n%s", diff)
                    .isLessThanOrEqualTo(indent(itemLine));
        }
        // ... and in a numbered list it takes the next number
        java.util.regex.Matcher num = NUMBERED.matcher(itemLine);
        if (num.find()) {
            for (int i = itemIndex - 1; i >= 0; i--) {
                java.util.regex.Matcher prev = NUMBERED.matcher(afterLines.get(i));
                if (prev.find() && prev.group(1).length() == num.group(1).length()) {
                    assertThat(Long.parseLong(num.group(2))).as("number of the new item").isEqualTo(Long.parseLong(prev.group(2)) + 1);
                    break;
                }
            }
        }

        // the file's own line endings
        java.util.Set<String> endings = Files.terminators(before);
        for (Hunks.DiffLine a : added) {
            if (a.terminator().isEmpty()) {
                assertThat(after).as("only the file's last line may lack a newline").endsWith(a.content());
                continue;
            }
            if (endings.size() == 1) {
                assertThat(a.terminator()).as("line ending of added line %d", a.newLine()).isEqualTo(endings.iterator().next());
            } else {
                assertThat(a.terminator()).isIn("\n", "\r\n");
            }
        }
        assertThat(Files.terminators(after)).as("no new kind of line ending").isSubsetOf(
                endings.isEmpty() ? java.util.Set.of("\n") : endings);

        // the text arrives unchanged: a list item ending with it, or a table row with a cell that is exactly it
        String item = withText.get(0).content().strip();
        if (item.startsWith("|")) {
            assertThat(item.split("\\s*\\|\\s*")).as("cells of the new row").contains(DECISION);
        } else {
            assertThat(item).endsWith(DECISION);
        }

        // idempotent
        ParsedState again = StateParser.parse(name, after);
        Change second = RecordDecision.run(again, new RecordDecision.Options(DECISION, null, null), NOW);
        assertThat(second.edits()).as("second decide changes nothing: %s", second.notes()).isEmpty();
        assertThat(again.model().decisions().stream().filter(d -> d.text().contains(DECISION)).count())
                .as("the model reads the new decision back").isEqualTo(1);

        // never makes check worse
        Map<String, Long> beforeCounts = counts(Checker.check(ps));
        Map<String, Long> afterCounts = counts(Checker.check(again));
        for (Map.Entry<String, Long> e : afterCounts.entrySet()) {
            assertThat(e.getValue()).as("findings of %s after decide (before: %s, after: %s)", e.getKey(), beforeCounts, afterCounts)
                    .isLessThanOrEqualTo(beforeCounts.getOrDefault(e.getKey(), 0L));
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,9})[.)]\\s");

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Map<String, Long> counts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }
}
