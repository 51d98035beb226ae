package dev.atomstate.safety;

import dev.atomstate.app.CompletePlan;
import dev.atomstate.app.RecordDecision;
import dev.atomstate.check.Checker;
import dev.atomstate.edit.Change;
import dev.atomstate.io.SourceText;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over documents generated from the dialects (see {@link GeneratedDocuments}): parse → write is
 * the identity; every command's output re-parses, keeps the line endings, and differs from its input only
 * in the lines the command owns; every command is idempotent. Seeded by {@link FixedSeed}: the same tries
 * on every run; a failure shrinks to a small document.
 */
@AddLifecycleHook(FixedSeed.class)
class GeneratedDocumentPropertiesTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse("2026-03-11T09:30:00Z");

    @Provide
    Arbitrary<GeneratedDocuments> documents() {
        return GeneratedDocuments.arbitrary();
    }

    @Provide
    Arbitrary<String> sentences() {
        return GeneratedDocuments.sentence();
    }

    @Property(tries = 400)
    void parseThenWriteIsTheIdentity(@ForAll("documents") GeneratedDocuments d) {
        byte[] bytes = d.bytes();
        SourceText source = SourceText.decode("STATE.md", bytes);
        ParsedState ps = StateParser.parse("STATE.md", source.text());
        Checker.check(ps);
        assertThat(source.encode(ps.text())).isEqualTo(bytes);
        assertThat(new Change(List.of(), List.of(), "nothing", java.util.Map.of()).apply(ps.text())).isEqualTo(source.text());
        assertThat(ps.model().position().phase().number()).as(d.text()).isNotNull();
    }

    @Property(tries = 300)
    void decideAddsItsLineOnlyAndIsIdempotent(@ForAll("documents") GeneratedDocuments d, @ForAll("markers") String marker,
                                              @ForAll("sentences") String words) {
        String decision = "Decide " + marker + " " + words;
        Function<ParsedState, Change> command = ps -> RecordDecision.run(ps, new RecordDecision.Options(decision, null, "why $2"), NOW);
        Diff diff = applyAndCheck(d, command);
        assertThat(diff.added()).as(d.text()).hasSizeBetween(1, 4);
        assertThat(diff.added()).as(d.text()).anyMatch(l -> l.contains(marker));
        for (String removed : diff.removed()) {
            assertThat(removed.strip()).as("decide may only replace a placeholder\n%s", d.text()).isEqualTo("None yet.");
        }
    }

    @Property(tries = 300)
    void completePlanChangesOnlyItsFieldsAndIsIdempotent(@ForAll("documents") GeneratedDocuments d) {
        Function<ParsedState, Change> command = ps -> CompletePlan.run(ps,
                new CompletePlan.Options(d.nextPlan(), "14min", 3, 5, "Title | with $1", false), NOW);
        Diff diff = applyAndCheck(d, command);
        assertThat(diff.added()).as(d.text()).isNotEmpty();
        assertThat(diff.added().size() - diff.removed().size()).as(d.text()).isBetween(0, 2);
        for (String line : diff.removed()) {
            assertThat(owned(line)).as("complete-plan changed a line it does not own: %s\n%s", line, d.text()).isTrue();
        }
        for (String line : diff.added()) {
            assertThat(owned(line) || line.startsWith("| Phase ")).as("complete-plan wrote an unexpected line: %s\n%s", line, d.text()).isTrue();
        }
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(12).map(s -> "m" + s);
    }

    /** The fields complete-plan maintains, in any of the dialects the generator writes. */
    static boolean owned(String line) {
        String s = line.replace("**", "").replaceFirst("^[-*]\\s+", "").strip().toLowerCase(Locale.ROOT);
        for (String label : List.of("plan:", "status:", "last activity:", "progress:", "total plans completed:", "average duration:",
                "total execution time:", "last session:", "stopped at:", "stopped_at:", "completed_plans:", "last_activity:",
                "status:", "percent:", "last_updated:")) {
            if (s.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    record Diff(List<String> removed, List<String> added) {
    }

    /** Applies the command, checks re-parse, line endings and idempotence; returns the changed lines. */
    static Diff applyAndCheck(GeneratedDocuments d, Function<ParsedState, Change> command) {
        String text = SourceText.decode("STATE.md", d.bytes()).text();
        Change change = command.apply(StateParser.parse("STATE.md", text));
        String after = change.apply(text);
        assertThat(after).as(d.text()).isNotEqualTo(text);
        ParsedState again = StateParser.parse("STATE.md", after);
        Checker.check(again);
        if (d.lineEndings().equals("lf")) {
            assertThat(after).as("no CR in an LF file").doesNotContain("\r");
        } else if (d.lineEndings().equals("crlf")) {
            assertThat(after.replace("\r\n", "")).as("no bare LF in a CRLF file").doesNotContain("\n");
        }
        Change second = command.apply(again);
        assertThat(second.isNoop() ? after : second.apply(after)).as("idempotent\n%s", d.text()).isEqualTo(after);
        return diff(lines(text), lines(after));
    }

    static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }

    /** Lines removed and added, by longest common subsequence. */
    static Diff diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        return new Diff(removed, added);
    }
}
