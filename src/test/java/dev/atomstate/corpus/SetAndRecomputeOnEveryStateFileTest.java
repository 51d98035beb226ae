package dev.atomstate.corpus;

import dev.atomstate.app.ProgressReport;
import dev.atomstate.app.StateFields;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.edit.Change;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code set} (of the first body field and of the first frontmatter key the file has) and {@code progress --recompute}
 * on every seed, corpus STATE.md and sample, as stored and as CRLF: each run changes only the lines it is about (one
 * line for set; only the progress line for recompute), keeps every other byte, leaves check no worse, and a second
 * run changes nothing — or it refuses cleanly with an AtomstateException, never another exception.
 */
class SetAndRecomputeOnEveryStateFileTest {
    static final String VALUE = "Set by the corpus test: \"quoted\" #1";

    @TestFactory
    Stream<DynamicTest> setAndRecompute() {
        List<Path> files = new ArrayList<>(Files.samples());
        if (Shared.present()) {
            files.addAll(Files.stateFiles());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : files) {
            for (boolean crlf : new boolean[] {false, true}) {
                String label = Files.name(p) + (crlf ? " [crlf]" : " [as stored]");
                tests.add(DynamicTest.dynamicTest(label, () -> {
                    String text = Files.text(p);
                    run(Files.name(p), crlf ? Shared.toCrlf(text) : text);
                }));
            }
        }
        return tests.stream();
    }

    static void run(String name, String before) {
        ParsedState ps = StateParser.parse(name, before);
        List<StateFields.Target> all = StateFields.all(ps);
        all.stream().filter(t -> !t.frontmatter()).findFirst().ifPresent(t -> set(name, before, ps, t.name(), false));
        all.stream().filter(StateFields.Target::frontmatter).findFirst().ifPresent(t -> set(name, before, ps, "frontmatter." + t.name(), true));
        recompute(name, before, ps);
    }

    static void set(String name, String before, ParsedState ps, String field, boolean frontmatter) {
        Change c;
        try {
            c = StateFields.set(ps, field, VALUE);
        } catch (AtomstateException e) {
            assertThat(e.kind()).as("%s: refused, not broken: %s", field, e.getMessage()).isEqualTo(AtomstateException.Kind.REFUSED);
            assertThat(e.getMessage()).doesNotContain("\n");
            return;
        }
        String after = c.apply(before);
        assertThat(changedLines(before, after)).as("%s: set %s changes one line", name, field).hasSize(1);
        ParsedState again = StateParser.parse(name, after);
        StateFields.Target t = StateFields.find(again, field);
        assertThat(t.text()).as("%s: the value reads back", field).isEqualTo(VALUE);
        assertThat(StateFields.set(again, field, VALUE).edits()).as("a second set changes nothing").isEmpty();
        noWorse(ps, again, field);
    }

    static void recompute(String name, String before, ParsedState ps) {
        Change c;
        try {
            c = ProgressReport.recompute(ps);
        } catch (AtomstateException e) {
            assertThat(e.kind()).isEqualTo(AtomstateException.Kind.REFUSED);
            assertThat(ps.handles().progressSegments()).as("refused only without a progress line").isEmpty();
            return;
        }
        String after = c.apply(before);
        List<Integer> changed = changedLines(before, after);
        if (!changed.isEmpty()) {
            int progressLine = ps.handles().progress().line() + 1;
            assertThat(changed).as("%s: recompute touches only the progress line", name).containsOnly(progressLine);
        }
        ParsedState again = StateParser.parse(name, after);
        assertThat(ProgressReport.recompute(again).edits()).as("%s: a second recompute changes nothing", name).isEmpty();
        noWorse(ps, again, "progress --recompute");
        Map<String, Long> counts = counts(Checker.check(again));
        if (!changed.isEmpty()) {
            assertThat(counts.getOrDefault("progress-bar", 0L)).as("%s: the bar agrees afterwards", name)
                    .isLessThanOrEqualTo(counts(Checker.check(ps)).getOrDefault("progress-bar", 0L));
        }
    }

    static void noWorse(ParsedState before, ParsedState after, String what) {
        Map<String, Long> b = counts(Checker.check(before));
        Map<String, Long> a = counts(Checker.check(after));
        for (Map.Entry<String, Long> e : a.entrySet()) {
            assertThat(e.getValue()).as("%s: findings of %s (before %s, after %s)", what, e.getKey(), b, a)
                    .isLessThanOrEqualTo(b.getOrDefault(e.getKey(), 0L));
        }
    }

    /** 1-based numbers of the lines that differ (the texts have the same number of lines). */
    static List<Integer> changedLines(String before, String after) {
        List<String> x = Hunks.lines(before);
        List<String> y = Hunks.lines(after);
        assertThat(y).as("same number of lines").hasSameSizeAs(x);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                out.add(i + 1);
            }
        }
        // every byte outside the changed lines is the same, line endings included
        return out;
    }

    static Map<String, Long> counts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }
}
