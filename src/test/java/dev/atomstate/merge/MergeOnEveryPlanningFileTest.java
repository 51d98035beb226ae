package dev.atomstate.merge;

import dev.atomstate.app.merge.Decision;
import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.check.CheckContext;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real state file and worklog in ../shared (corpus and seeds), each merged with two branches of everyday
 * commands that do not move one field to different places (decisions, a todo, a blocker, a session note; a worklog
 * entry each): the merge is clean, by structure (never the line-merge fallback), the same either way round, agrees
 * with both branches' commands run on one file, and leaves check no finding the base or that oracle does not have.
 * Skipped without ../shared. No git here: the function, on files git would never have shown us.
 */
class MergeOnEveryPlanningFileTest {
    static final CheckContext CHECK = new CheckContext(LocalDate.of(2026, 12, 1), CheckContext.DEFAULT_MAX_LINES,
            CheckContext.DEFAULT_MAX_BYTES, null, null);
    static final ThreeWayMerge.Options STATE = new ThreeWayMerge.Options(ThreeWayMerge.Kind.STATE, "STATE.md", Markers.of(7));

    @TestFactory
    Stream<DynamicTest> everyStateFile() {
        Shared.assumePresent();
        List<Path> files = new ArrayList<>(Shared.stateSeeds());
        files.addAll(Shared.corpus("state"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> state(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyWorklog() {
        Shared.assumePresent();
        List<Path> files = new ArrayList<>(List.of(Shared.worklogSeed()));
        files.addAll(Shared.corpus("worklog"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> worklog(f)));
    }

    private static void state(Path file) throws IOException {
        String base = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> a = Branches.cmds(new String[] {"decide", "Corpus merge: ours decides", "--phase", "1"},
                new String[] {"todo", "add", "Corpus merge: ours todo"});
        List<String[]> b = Branches.cmds(new String[] {"decide", "Corpus merge: theirs decides", "--phase", "1"},
                new String[] {"block", "Corpus merge: theirs blocker"},
                new String[] {"session", "--stopped-at", "Corpus merge: theirs stopped"});
        String ours = Branches.after(base, a);
        String theirs = Branches.after(base, b);
        List<String[]> ab = new ArrayList<>(a);
        ab.addAll(b);
        List<String[]> ba = new ArrayList<>(b);
        ba.addAll(a);
        String oracleAb = Branches.after(base, ab);
        String oracleBa = Branches.after(base, ba);
        String name = file.getFileName().toString();
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, ours, theirs, STATE);
        ThreeWayMerge.Result other = ThreeWayMerge.merge(base, theirs, ours, STATE);
        assertThat(r.decisions()).as(name).noneMatch(MergeOnEveryPlanningFileTest::fellBack);
        assertThat(r.conflicts()).as("%s: conflicts\n%s", name, r.decisions()).isZero();
        assertThat(other.conflicts()).as(name).isZero();
        assertThat(ModelView.ofState(other.text(), true)).as(name + ": either way round").isEqualTo(ModelView.ofState(r.text(), true));
        ModelView merged = ModelView.ofState(r.text());
        assertThat(merged.differencesFrom(List.of(ModelView.ofState(oracleAb), ModelView.ofState(oracleBa)), ModelView.ofState(base),
                ModelView.ofState(ours), ModelView.ofState(theirs))).as(name + ": against both orders on one file").isEmpty();
        Map<String, Long> allowed = counts(base);
        counts(oracleAb).forEach((rule, n) -> allowed.merge(rule, n, Math::max));
        counts(oracleBa).forEach((rule, n) -> allowed.merge(rule, n, Math::max));
        counts(r.text()).forEach((rule, n) -> assertThat(n).as("%s: check %s", name, rule).isLessThanOrEqualTo(allowed.getOrDefault(rule, 0L)));
    }

    private static void worklog(Path file) throws IOException {
        String base = Files.readString(file, StandardCharsets.UTF_8);
        String ours = logAdd(base, "Corpus merge: ours entry", "2026-12-01T09:00:00Z");
        String theirs = logAdd(base, "Corpus merge: theirs entry", "2026-12-01T10:00:00Z");
        ThreeWayMerge.Options o = new ThreeWayMerge.Options(ThreeWayMerge.Kind.WORKLOG, "WORKLOG.md", Markers.of(7));
        String name = file.getFileName().toString();
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, ours, theirs, o);
        ThreeWayMerge.Result other = ThreeWayMerge.merge(base, theirs, ours, o);
        assertThat(r.decisions()).as(name).noneMatch(MergeOnEveryPlanningFileTest::fellBack);
        assertThat(r.conflicts()).as("%s: conflicts\n%s", name, r.decisions()).isEqualTo(other.conflicts());
        if (!ours.equals(base) && !theirs.equals(base)) {
            assertThat(r.conflicts()).as("%s: conflicts\n%s", name, r.decisions()).isZero();
            assertThat(r.text()).as(name).contains("Corpus merge: ours entry").contains("Corpus merge: theirs entry");
            assertThat(ModelView.ofWorklog(other.text())).as(name).isEqualTo(ModelView.ofWorklog(r.text()));
            assertThat(ModelView.ofWorklog(r.text())).as(name).isEqualTo(ModelView.ofWorklog(logAdd(ours, "Corpus merge: theirs entry",
                    "2026-12-01T10:00:00Z")));
        }
    }

    /** The worklog after one log add at {@code now} (unchanged where this layout cannot take one). */
    private static String logAdd(String text, String objective, String now) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("atomstate-worklog");
            Path log = dir.resolve("WORKLOG.md");
            Files.writeString(log, text, StandardCharsets.UTF_8);
            CliRun.run(dir, Map.of("ATOMSTATE_NOW", now), "log", "add", "--worklog", "WORKLOG.md", "--objective", objective,
                    "--results", "Done");
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Branches.delete(dir);
        }
    }

    private static boolean fellBack(Decision d) {
        return d.detail().contains("could not be merged by structure");
    }

    private static Map<String, Long> counts(String text) {
        return Checker.check(StateParser.parse("STATE.md", text), CHECK).stream()
                .collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }
}
