package dev.atomstate.corpus;

import dev.atomstate.app.CompletePlan;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §6: every corpus file is a "commands never corrupt" case. complete-plan with the plan after the last one the
 * file reports done (or plan 01 of the current phase) on every seed and corpus STATE.md, LF and CRLF: it either
 * refuses with an AtomstateException (and writes nothing), or changes only lines complete-plan owns — the position,
 * progress, velocity and session fields, the frontmatter — and inserts only Previous lines, blank lines spacing them,
 * and one metrics table row. The CRLF file gets the same change in CRLF, and a second run changes nothing.
 */
class CompletePlanOnEveryStateFileTest {
    @TestFactory
    Stream<DynamicTest> completePlanNeverCorrupts() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : Files.stateFiles()) {
            tests.add(Named.test(Files.name(p), () -> {
                String lf = Files.text(p).replace("\r\n", "\n");
                String a = once(Files.name(p), lf);
                String b = once(Files.name(p), Shared.toCrlf(lf));
                assertThat(b).as("CRLF file, same change in CRLF").isEqualTo(Shared.toCrlf(a));
            }));
        }
        return tests.stream();
    }

    /** The plan after the last one the file reports done, else plan 01 of the current phase, else null. */
    static String nextPlan(ParsedState ps) {
        PlanId done = PlanStatus.lastDone(ps);
        if (done != null) {
            return done.withPlan(done.planNumber() + 1).toString();
        }
        var phase = ps.model().position().phase();
        if (phase != null && phase.number() != null) {
            return phase.number() + "-01";
        }
        return null;
    }

    private static String once(String name, String before) {
        ParsedState ps = StateParser.parse(name, before);
        String id = nextPlan(ps);
        if (id == null) {
            id = "1-01";
        }
        CompletePlan.Options options = new CompletePlan.Options(id, "14min", 3, 2, "Test plan", false);
        Change change;
        try {
            change = CompletePlan.run(ps, options, CompletePlanOnSeedsTest.NOW);
        } catch (AtomstateException e) {
            assertThat(e.kind()).as("a refusal, not a crash: %s", e.getMessage()).isIn(AtomstateException.Kind.REFUSED);
            assertThat(e.getMessage()).doesNotContain("\n");
            return before;
        }
        String after = change.apply(before);
        if (change.isNoop()) {
            return after;
        }
        ParsedState now = StateParser.parse(name, after);
        String diff = UnifiedDiff.diff("a/" + name, "b/" + name, before, after);
        List<Hunks.Hunk> hunks = Hunks.parse(diff);
        assertThat(Hunks.patch(before, hunks)).isEqualTo(after);
        Set<Integer> oldAllowed = touchable(ps);
        Set<Integer> newAllowed = touchable(now);
        int rows = 0;
        for (Hunks.Hunk h : hunks) {
            for (Hunks.DiffLine r : h.removed()) {
                assertThat(oldAllowed).as("complete-plan %s removed line %d, which it does not own: '%s'\n%s", id, r.oldLine(),
                        r.content(), diff).contains(r.oldLine());
            }
            for (Hunks.DiffLine a : h.added()) {
                if (newAllowed.contains(a.newLine()) || a.content().isBlank() || a.content().startsWith("Previous: ")) {
                    continue;
                }
                assertThat(a.content().strip()).as("complete-plan %s added line %d: '%s'\n%s", id, a.newLine(), a.content(), diff)
                        .startsWith("|").endsWith("|");
                rows++;
            }
        }
        assertThat(rows).as("at most one metrics row").isLessThanOrEqualTo(1);
        Change again = CompletePlan.run(now, options, CompletePlanOnSeedsTest.NOW);
        // corpus 135 (position in a table) used to be counted twice; complete-plan now refuses where only counters would change
        assertThat(again.edits()).as("second complete-plan %s: %s", id, again.notes()).isEmpty();
        return after;
    }

    private static Set<Integer> touchable(ParsedState ps) {
        ParsedState.Handles h = ps.handles();
        Set<Integer> lines = new HashSet<>();
        // the phase field too: a position that names no phase takes the plan's (issue 13); and every twin of these fields
        Stream.concat(Stream.of(h.phase(), h.plan(), h.status(), h.lastActivity(), h.progress(), h.lastSession(), h.stoppedAt(),
                        h.totalPlans(), h.averageDuration(), h.totalTime()), h.companions().all().stream())
                .filter(Objects::nonNull).map(Field::line).forEach(l -> lines.add(l + 1));
        if (!ps.doc().frontmatter().isEmpty()) {
            FrontmatterBlock fm = ps.doc().frontmatter().get(0);
            for (int i = fm.openLine() + 1; i < fm.closeLine(); i++) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
