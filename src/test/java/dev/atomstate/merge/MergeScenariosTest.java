package dev.atomstate.merge;

import dev.atomstate.check.CheckContext;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two branches of a real repository (one in a {@code git worktree}) each run a sequence of atomstate commands on
 * the same planning files, then are merged both ways by real {@code git merge}: once as plain git does it, once
 * with the atomstate merge driver. Each result is compared with the oracle — both sequences run on one file, in
 * either order (the milestone case in the only order that makes sense: the old milestone's work, then the switch)
 * — as models: the same values, the same items. With the driver every merge must be clean, agree with the oracle,
 * and leave {@code check} no finding the base or the oracle does not have. Plain git's conflicts and wrong clean
 * merges are counted beside the driver's and printed at the end (README: Parallel branches and worktrees).
 */
class MergeScenariosTest {
    static final Map<String, String> CLOCK = Map.of("ATOMSTATE_NOW", "2026-12-01T00:00:00Z");
    static final CheckContext CHECK = new CheckContext(LocalDate.of(2026, 12, 1), CheckContext.DEFAULT_MAX_LINES,
            CheckContext.DEFAULT_MAX_BYTES, null, null);

    /** A planning file to merge: its text, its worklog (or null), the next two plans, the next milestone. */
    record Case(String name, String state, String worklog, String next, String after, String milestone) {
    }

    /**
     * Two command sequences; {@code oneOrder}: the oracle runs theirs first, then ours; {@code samplesOnly}: not run on
     * the seeds (they add little there and each merge starts a JVM).
     */
    record Scenario(String name, Function<Case, List<String[]>> ours, Function<Case, List<String[]>> theirs, boolean oneOrder,
                    boolean samplesOnly) {
        Scenario(String name, Function<Case, List<String[]>> ours, Function<Case, List<String[]>> theirs, boolean oneOrder) {
            this(name, ours, theirs, oneOrder, false);
        }
    }

    @TempDir
    static Path tmp;

    /** {merges, plain conflicts, plain wrong, driver conflicts, driver wrong} per scenario. */
    static final Map<String, int[]> TALLY = new TreeMap<>();

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        out.add(sample("gsd-template", "02-02", "02-03", "v2.0"));
        out.add(sample("bold-fields", "03-03", "03-04", "v2.0"));
        out.add(sample("crlf-decisions-table", "02-03", null, "v2.0"));
        out.add(sample("frontmatter", "08-03", "08-04", "v1.3"));
        out.add(sample("long-running", "41-04", "41-05", "v3.0"));
        if (Shared.present()) {
            String[][] seeds = {{"000", "62-02", "62-03"}, {"001", "67-05", "67-06"}, {"002", "35-05", "35-06"}, {"003", "17-04", "17-05"}};
            for (String[] s : seeds) {
                Path p = Shared.stateSeeds().stream().filter(f -> f.getFileName().toString().startsWith(s[0])).findFirst().orElseThrow();
                out.add(new Case("seed " + s[0], Files.readString(p, StandardCharsets.UTF_8), null, s[1], s[2], "v3.0"));
            }
        } else {
            System.out.println("MergeScenariosTest: ../shared is absent; the four seeds are skipped");
        }
        return out;
    }

    private static Case sample(String name, String next, String after, String milestone) throws IOException {
        Path dir = Path.of("planning-samples", name, ".planning");
        Path worklog = dir.resolve("WORKLOG.md");
        return new Case(name, Files.readString(dir.resolve("STATE.md"), StandardCharsets.UTF_8),
                Files.isRegularFile(worklog) ? Files.readString(worklog, StandardCharsets.UTF_8) : null, next, after, milestone);
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("parallel plans", c -> List.of(
                        cmd("decide", "Ours: cache lookups for a day", "--phase", c.next()), cmd("block", "Ours: waiting on the API key"),
                        complete(c.next()), cmd("log", "add", "--objective", "Ours: finished " + c.next(), "--results", "Done")),
                        c -> {
                            List<String[]> t = new ArrayList<>(List.of(cmd("decide", "Theirs: retry twice, then fail", "--phase", c.next()),
                                    cmd("todo", "add", "Theirs: write the upgrade notes"), complete(c.next())));
                            if (c.after() != null) {
                                t.add(complete(c.after()));
                            }
                            t.add(cmd("log", "add", "--objective", "Theirs: worked on " + c.next(), "--results", "In progress"));
                            return t;
                        }, false),
                new Scenario("session vs plan", c -> List.of(complete(c.next()), cmd("decide", "Ours: keep the old export format", "--phase", c.next())),
                        c -> List.of(cmd("session", "--stopped-at", "Theirs: paused before " + c.next(), "--resume-file", ".planning/NOTES.md"),
                                cmd("block", "Theirs: staging is down")), false),
                new Scenario("milestone switch", c -> List.of(cmd("milestone", "start", c.milestone(), "--name", "Next milestone", "--force"),
                        cmd("decide", "Ours: the new milestone starts with a spike", "--phase", "1")),
                        c -> List.of(complete(c.next()), cmd("decide", "Theirs: the old milestone's last decision", "--phase", c.next()),
                                cmd("block", "Theirs: the old milestone's blocker")), true),
                new Scenario("decision vs todo", c -> Branches.cmds(cmd("decide", "Ours: one config file per machine", "--phase", c.next())),
                        c -> Branches.cmds(cmd("todo", "add", "Theirs: document the config file")), false, true),
                new Scenario("resolve vs add", c -> List.of(cmd("todo", "done", "1"), cmd("decide", "Ours: the old todo is done", "--phase", c.next())),
                        c -> List.of(cmd("todo", "add", "Theirs: a new todo"), cmd("block", "Theirs: the signing key expires soon")), false, true));
    }

    static String[] cmd(String... args) {
        return args;
    }

    static String[] complete(String id) {
        return cmd("complete-plan", id, "--duration", "14min", "--tasks", "3", "--files", "2", "--title", "Shared plan");
    }

    @TestFactory
    Stream<DynamicTest> everyDialectMergesBothWaysLikeOneFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (Scenario s : scenarios()) {
                boolean todos = !StateParser.parse("STATE.md", c.state()).model().todos().isEmpty();
                if (s.samplesOnly() && c.name().startsWith("seed") || s.name().equals("resolve vs add") && !todos) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(c.name() + ": " + s.name(), () -> run(c, s)));
            }
        }
        return tests.stream();
    }

    private void run(Case c, Scenario s) throws IOException {
        Path root = Files.createTempDirectory(tmp, "case");
        GitWorld git = new GitWorld(root);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".planning/STATE.md", c.state());
        if (c.worklog() != null) {
            files.put(".planning/WORKLOG.md", c.worklog());
        }
        List<String[]> ours = s.ours().apply(c);
        List<String[]> theirs = s.theirs().apply(c);
        Map<String, String> ab = oracle(root.resolve("ab"), files, ours, theirs);
        Map<String, String> ba = oracle(root.resolve("ba"), files, theirs, ours);
        List<Map<String, String>> oracles = s.oneOrder() ? List.of(ba) : List.of(ab, ba);

        Path main = git.repo(root.resolve("repo"), files);
        git.git(main, "branch", "base").ok();
        Path worktree = root.resolve("worktree");
        git.git(main, "worktree", "add", "-q", "-b", "theirs", worktree.toString(), "base").ok();
        git.git(main, "checkout", "-q", "-b", "ours").ok();
        apply(main, ours, true);
        git.commitAll(main, "ours");
        apply(worktree, theirs, true);
        git.commitAll(worktree, "theirs");
        List<Map<String, String>> branches = branchFiles(main, worktree);

        int[] t = TALLY.computeIfAbsent(s.name(), k -> new int[5]);
        List<String> problems = new ArrayList<>();
        for (boolean driver : new boolean[] {false, true}) {
            if (driver) {
                git.enableDriver(main);
            }
            for (boolean oursIntoTheirs : new boolean[] {false, true}) {
                Path dir = oursIntoTheirs ? worktree : main;
                String into = oursIntoTheirs ? "theirs" : "ours";
                String from = oursIntoTheirs ? "ours" : "theirs";
                String branch = (driver ? "driver-" : "plain-") + from + "-into-" + into;
                git.git(dir, "checkout", "-q", "-b", branch, into).ok();
                GitWorld.Run merge = git.git(dir, "merge", "--no-edit", "-q", from);
                boolean conflicted = merge.exit() != 0;
                List<String> wrong = conflicted ? List.of() : differences(dir, files, branches, oracles);
                if (!driver) {
                    t[0]++;
                    t[1] += conflicted ? 1 : 0;
                    t[2] += !conflicted && !wrong.isEmpty() ? 1 : 0;
                    if (conflicted) {
                        git.git(dir, "merge", "--abort").ok();
                    }
                } else {
                    t[3] += conflicted ? 1 : 0;
                    t[4] += !conflicted && !wrong.isEmpty() ? 1 : 0;
                    if (conflicted) {
                        problems.add(branch + ": conflicted\n" + merge.out() + merge.err());
                    }
                    for (String w : wrong) {
                        problems.add(branch + ": " + w);
                    }
                    if (!conflicted) {
                        problems.addAll(newFindings(branch, files, dir, oracles));
                    }
                }
                git.git(dir, "checkout", "-q", into).ok();
            }
        }
        assertThat(problems).as("%s, %s: the driver's merges", c.name(), s.name()).isEmpty();
    }

    /** What each branch's files say after its commands: ours, then theirs. */
    private static List<Map<String, String>> branchFiles(Path ours, Path theirs) throws IOException {
        return List.of(read(ours), read(theirs));
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : List.of(".planning/STATE.md", ".planning/WORKLOG.md")) {
            if (Files.isRegularFile(dir.resolve(p))) {
                out.put(p, Files.readString(dir.resolve(p), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static List<String> differences(Path dir, Map<String, String> base, List<Map<String, String>> branches,
                                            List<Map<String, String>> oracles) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : oracles.get(0).keySet()) {
            Path f = dir.resolve(p);
            if (!Files.isRegularFile(f)) {
                out.add(p + " is missing");
                continue;
            }
            String merged = Files.readString(f, StandardCharsets.UTF_8);
            boolean worklog = p.endsWith("WORKLOG.md");
            ModelView view = worklog ? ModelView.ofWorklog(merged) : ModelView.ofState(merged);
            List<ModelView> views = oracles.stream().map(o -> worklog ? ModelView.ofWorklog(o.get(p)) : ModelView.ofState(o.get(p))).toList();
            Function<String, ModelView> of = t -> t == null ? (worklog ? ModelView.ofWorklog("") : ModelView.ofState(""))
                    : worklog ? ModelView.ofWorklog(t) : ModelView.ofState(t);
            view.differencesFrom(views, of.apply(base.get(p)), of.apply(branches.get(0).get(p)), of.apply(branches.get(1).get(p)))
                    .forEach(d -> out.add(p + ": " + d));
        }
        return out;
    }

    /** Check findings of the merged state file beyond the most that the base and the oracles have, rule by rule. */
    private static List<String> newFindings(String branch, Map<String, String> base, Path dir, List<Map<String, String>> oracles)
            throws IOException {
        String p = ".planning/STATE.md";
        Map<String, Long> allowed = counts(base.get(p));
        for (Map<String, String> o : oracles) {
            counts(o.get(p)).forEach((rule, n) -> allowed.merge(rule, n, Math::max));
        }
        List<String> out = new ArrayList<>();
        counts(Files.readString(dir.resolve(p), StandardCharsets.UTF_8)).forEach((rule, n) -> {
            if (n > allowed.getOrDefault(rule, 0L)) {
                out.add(branch + ": check " + rule + " finds " + n + " (base and oracle at most " + allowed.getOrDefault(rule, 0L) + ")");
            }
        });
        return out;
    }

    private static Map<String, Long> counts(String text) {
        return Checker.check(StateParser.parse("STATE.md", text), CHECK).stream()
                .collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }

    /** Both sequences on one copy of the files, in the given order; what the files say afterwards. */
    private static Map<String, String> oracle(Path dir, Map<String, String> files, List<String[]> first, List<String[]> second)
            throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.createDirectories(dir.resolve(f.getKey()).getParent());
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        apply(dir, first, false);
        apply(dir, second, false);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(".planning/STATE.md", Files.readString(dir.resolve(".planning/STATE.md"), StandardCharsets.UTF_8));
        Path worklog = dir.resolve(".planning/WORKLOG.md");
        if (Files.isRegularFile(worklog)) {
            out.put(".planning/WORKLOG.md", Files.readString(worklog, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void apply(Path dir, List<String[]> commands, boolean mustSucceed) {
        for (String[] c : commands) {
            CliRun.Result r = CliRun.run(dir, CLOCK, c);
            if (mustSucceed) {
                assertThat(r.exit()).as("%s in %s: %s", String.join(" ", c), dir, r.err()).isZero();
            }
        }
    }

    @AfterAll
    static void printTally() {
        System.out.println("merge scenarios (each merged both ways; counts are merges):");
        System.out.printf("  %-18s %7s | %-22s | %-22s%n", "scenario", "merges", "plain git: conflict/wrong", "atomstate: conflict/wrong");
        int[] sum = new int[5];
        TALLY.forEach((name, t) -> {
            System.out.printf("  %-18s %7d | %10d %11d | %10d %11d%n", name, t[0], t[1], t[2], t[3], t[4]);
            for (int i = 0; i < 5; i++) {
                sum[i] += t[i];
            }
        });
        System.out.printf("  %-18s %7d | %10d %11d | %10d %11d%n", "all", sum[0], sum[1], sum[2], sum[3], sum[4]);
    }
}
