package dev.atomstate.safety;

import dev.atomstate.check.Checker;
import dev.atomstate.io.SourceText;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.StateParser;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.JavaTrace;
import dev.atomstate.testing.Processes;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random bytes and mutated planning files (ours in planning-samples/, and ../shared when present) through the
 * reader, the parser, the checker and the writing commands in-process: nothing escapes as an exception;
 * every input becomes a model (with diagnostics) or a clean exit 3; a refused command leaves the file as it
 * was, a successful one leaves a readable file and is idempotent.
 *
 * <p>The gate is deterministic: every run (default and -Pstress) uses the committed seeds of
 * {@code fuzz/seeds.txt}, and each case draws from its own generator derived from (seed, case), so a failure
 * named in the report ("seed N case K") replays alone with {@code -Datomstate.seed=N -Datomstate.case=K}.
 * Fresh seeds are for exploration only ({@link FuzzExploration}, {@code -Datomstate.fuzz.explore=10m}): it keeps
 * every failing input under target/fuzz-failures/ with the command to replay it, and never runs in .ci/run.
 * Inputs found by fuzzing are kept as fixtures in {@code fuzz-regressions/} ({@link FuzzRegressionTest}), so
 * they survive changes to the generator and to ../shared.
 */
class FuzzTest {
    @TempDir
    Path dir;

    /** The committed seeds, or the one given with -Datomstate.seed (a replay). */
    static List<Long> seeds() throws IOException {
        Long replay = Long.getLong("atomstate.seed");
        if (replay != null) {
            return List.of(replay);
        }
        List<Long> seeds = new ArrayList<>();
        try (InputStream in = FuzzTest.class.getResourceAsStream("/fuzz/seeds.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.replaceFirst("#.*", "").strip();
                if (!s.isEmpty()) {
                    seeds.add(Long.parseLong(s));
                }
            }
        }
        return seeds;
    }

    /** The cases to run per seed: the budget shared out over the committed seeds, or only -Datomstate.case. */
    static int[] cases(int budget) throws IOException {
        Integer only = Integer.getInteger("atomstate.case");
        if (only != null) {
            return new int[] {only};
        }
        int n = Math.max(1, budget * Processes.scale() / seeds().size());
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        return all;
    }

    /** One case's own generator: the same (seed, case) always draws the same input, whatever ran before it. */
    static Random caseRandom(long seed, int kind, int i) {
        return new Random(seed * 1_000_003L + kind * 7_919L + i);
    }

    static List<byte[]> sources() throws IOException {
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("planning-samples"))) {
            for (Path p : s.sorted().toList()) {
                Path state = p.resolve(".planning").resolve("STATE.md");
                if (Files.isRegularFile(state)) {
                    all.add(Files.readAllBytes(state));
                }
            }
        }
        all.add(ConcurrentWritersTest.fixture().getBytes(StandardCharsets.UTF_8));
        if (Shared.present()) {
            for (Path p : Shared.stateSeeds()) {
                all.add(Files.readAllBytes(p));
            }
            for (Path p : Shared.corpus("state")) {
                all.add(Files.readAllBytes(p));
            }
        }
        return all;
    }

    /** Reads, parses and checks; returns the parsed state, or null for a clean refusal (exit 3). */
    static ParsedState readParseCheck(byte[] bytes, String what) {
        SourceText source;
        try {
            source = SourceText.decode("STATE.md", bytes);
        } catch (AtomstateException e) {
            assertThat(e.kind()).as(what).isEqualTo(AtomstateException.Kind.INPUT);
            assertThat(e.getMessage()).as(what).startsWith("STATE.md: ").doesNotContain("\n");
            return null;
        }
        try {
            ParsedState ps = StateParser.parse("STATE.md", source.text());
            Checker.check(ps);
            assertThat(source.encode(ps.text())).as("%s: round trip", what).isEqualTo(bytes);
            return ps;
        } catch (RuntimeException e) {
            fail(what + ": " + e, e);
            return null;
        }
    }

    static final String RANDOM_CHARS = "#-|*>`[]:  \n\n\r\t0123456789abcdefPhasePlanof%█░▓—é*_~<!>\u00a0\ufeff";
    static final String[] VOCABULARY = {"# Project State\n", "## Current Position\n", "Phase: 2 of 4 (X)\n", "Plan: 1 of 3 in current phase\n",
            "Status: In progress\n", "Progress: [████░░░░░░] 40%\n", "| Phase | Plans |\n", "|---|---|\n", "| 01 | 3 |\n",
            "### Decisions\n", "- [Phase 01]: x\n", "---\n", "title: x\n", "```\n", "\n", "\r\n", "**Plan:** 2 of 3\n",
            "Last activity: 2026-03-10 — Completed 02-01-PLAN.md\n", "| Phase 01 P01 | 10 min | 2 tasks | 3 files |\n",
            "Stopped at: x\n", "## Session Continuity\n", "- Total plans completed: 4\n", "None yet.\n"};

    /** Case {@code i} of the random-bytes fuzzer: raw bytes, Markdown-ish characters, or planning vocabulary. */
    static byte[] randomInput(long seed, int i) {
        Random random = caseRandom(seed, 0, i);
        int length = random.nextInt(i % 10 == 0 ? 20_000 : 600);
        switch (i % 3) {
            case 0 -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1 -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < length; k++) {
                    sb.append(RANDOM_CHARS.charAt(random.nextInt(RANDOM_CHARS.length())));
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < length / 10; k++) {
                    sb.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesBecomeAModelOrACleanRefusal(long seed) throws IOException {
        int models = 0;
        int[] cases = cases(1500);
        for (int i : cases) {
            byte[] bytes = randomInput(seed, i);
            String what = "random bytes, seed " + seed + " case " + i;
            try {
                if (readParseCheck(bytes, what) != null) {
                    models++;
                }
            } catch (AssertionError e) {
                throw kept(e, "random", seed, i, bytes, null);
            }
        }
        System.out.printf("FuzzTest random bytes: %d cases, %d parsed, %d refused (seed %d)%n", cases.length, models, cases.length - models, seed);
    }

    /** Case {@code i} of the mutation fuzzer: one source file, mutated one to three times. */
    static byte[] mutatedInput(List<byte[]> sources, long seed, int i) {
        Random random = caseRandom(seed, 1, i);
        byte[] source = sources.get(random.nextInt(sources.size()));
        return Mutations.apply(source, random, 1 + random.nextInt(3));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedPlanningFilesBecomeAModelOrACleanRefusal(long seed) throws IOException {
        List<byte[]> sources = sources();
        int[] cases = cases(2000);
        for (int i : cases) {
            byte[] mutated = mutatedInput(sources, seed, i);
            try {
                readParseCheck(mutated, "mutation, seed " + seed + " case " + i);
            } catch (AssertionError e) {
                throw kept(e, "mutation", seed, i, mutated, null);
            }
        }
        System.out.printf("FuzzTest mutations: %d cases over %d source files (seed %d)%n", cases.length, sources.size(), seed);
    }

    static final String[][] COMMANDS = {
            {"status"}, {"status", "--json"}, {"check"},
            {"decide", "Fuzzed decision | $1 \\1 $& `x` # not a heading"},
            {"decide", "Another one", "--phase", "2", "--rationale", "why | not"},
            {"complete-plan", "01-02", "--duration", "12min"}, {"complete-plan", "2-2", "--force"},
            {"complete-plan", "02-03", "--duration", "5m", "--tasks", "2", "--files", "3", "--title", "T | x"},
            {"block", "Fuzzed blocker: phase 3 $& | x"}, {"unblock", "phase 3"}, {"todo", "add", "Fuzzed todo"},
            {"todo", "done", "1"}, {"session", "--stopped-at", "Fuzzed: \"stop\" # here", "--resume-file", "None"},
            {"begin-phase", "3", "--plans", "2"}, {"complete-phase", "--force"}, {"metric", "01-02", "--duration", "1h 5m"},
            {"set", "status", "Fuzzed: status"}, {"progress", "--recompute"}, {"check", "--fix"},
            {"milestone", "start", "v9.0", "--name", "Fuzzed"}, {"milestone", "complete", "--force"},
    };

    /** Case {@code i} of the command fuzzer: a source file (mutated four times in five) and one command. */
    record CommandCase(byte[] input, String[] args) {
    }

    static CommandCase commandCase(List<byte[]> sources, long seed, int i) {
        Random random = caseRandom(seed, 2, i);
        byte[] source = sources.get(random.nextInt(sources.size()));
        byte[] mutated = random.nextInt(5) == 0 ? source : Mutations.apply(source, random, 1 + random.nextInt(2));
        return new CommandCase(mutated, COMMANDS[random.nextInt(COMMANDS.length)]);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void commandsOnMutatedFilesExitCleanlyAndNeverCorrupt(long seed) throws IOException {
        List<byte[]> sources = sources();
        int[] exits = new int[4];
        int[] cases = cases(150);
        for (int i : cases) {
            CommandCase c = commandCase(sources, seed, i);
            Path work = Files.createDirectory(dir.resolve("case" + i));
            Path state = work.resolve("STATE.md");
            Files.write(state, c.input());
            String what = "seed " + seed + " case " + i + ": " + String.join(" ", c.args());
            try {
                exits[checkCommand(work, state, c.input(), c.args(), what)]++;
            } catch (AssertionError e) {
                throw kept(e, "command", seed, i, c.input(), c.args());
            }
        }
        System.out.printf("FuzzTest commands: %d cases over %d source files, exits 0/1/2/3 = %s (seed %d)%n",
                cases.length, sources.size(), Arrays.toString(exits), seed);
    }

    /**
     * Keeps a failing input for replaying by hand, and says how: the test replay (seed and case) and, for a
     * command case, the command line on the kept file.
     */
    static AssertionError kept(AssertionError e, String fuzzer, long seed, int i, byte[] input, String[] args) {
        String replay = "mvn -B -q test -Dtest=FuzzTest -Datomstate.seed=" + seed + " -Datomstate.case=" + i
                + " -Dsurefire.failIfNoSpecifiedTests=false";
        try {
            Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Path file = folder.resolve(fuzzer + "-seed-" + seed + "-case-" + i + ".md");
            Files.write(file, input);
            StringBuilder how = new StringBuilder(replay);
            if (args != null) {
                how.append("\n(cd target/fuzz-failures && cp ").append(file.getFileName()).append(" STATE.md && ../atomstate ")
                        .append(String.join(" ", Arrays.stream(args).map(FuzzTest::shellQuote).toList()))
                        .append(" -f STATE.md --now ").append(CliRun.DEFAULT_NOW).append(")");
            }
            Files.writeString(folder.resolve(file.getFileName() + ".replay.txt"), how + "\n");
            return new AssertionError(e.getMessage() + "\ninput kept in " + file + "\nreplay: " + how, e);
        } catch (IOException io) {
            return new AssertionError(e.getMessage() + "\nreplay: " + replay + " (the input could not be kept: " + io + ")", e);
        }
    }

    static String shellQuote(String s) {
        return s.matches("[\\w./:=@%+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Runs one command on one input and checks the outcome; returns the exit code. */
    static int checkCommand(Path work, Path state, byte[] mutated, String[] args, String what) throws IOException {
        CliRun.Result r = run(work, args);
        assertThat(r.exit()).as(what).isBetween(0, 3);
        assertThat(r.err()).as(what).doesNotContain("internal error");
        assertThat(JavaTrace.in(r.err())).as("%s: a Java trace or exception class in %s", what, r.err()).isFalse();
        byte[] after = Files.readAllBytes(state);
        boolean reading = args[0].equals("status") || args[0].equals("check") && !Arrays.asList(args).contains("--fix");
        // check --fix exits 1 when findings remain after its fixes: that is a report, not a refusal
        boolean refused = r.exit() != 0 && !(args[0].equals("check") && r.exit() == 1);
        if (refused || reading) {
            assertThat(after).as("%s: a refused or reading command writes nothing", what).isEqualTo(mutated);
        } else if (!Arrays.equals(after, mutated)) {
            ParsedState written = readParseCheck(after, what + " output");
            assertThat(written).as(what).isNotNull();
            if (args[0].equals("complete-plan")) {
                // counters alone would let a second run count the plan again: complete-plan refuses such files
                assertThat(PlanStatus.isCompleted(written, PlanIds.parse(args[1]))).as("%s: the written file records the plan", what).isTrue();
            }
            if (args[0].equals("todo") && args[1].equals("done")) {
                return r.exit(); // by number: a second run resolves the item that is now number 1
            }
            CliRun.Result again = run(work, args);
            // a resolved blocker that was removed cannot be matched again: refused, and nothing written
            List<Integer> againExits = args[0].equals("unblock") || args[0].equals("check") ? List.of(0, 1) : List.of(0);
            assertThat(again.exit()).as("%s again: %s", what, again.err()).isIn(againExits);
            assertThat(Files.readString(state)).as("%s is idempotent", what).isEqualTo(new String(after, StandardCharsets.UTF_8));
        }
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s.filter(p -> p.toString().endsWith(".tmp"))).as(what).isEmpty();
        }
        return r.exit();
    }

    /** Found by the fuzzer: numbers too large for an int in counters crashed complete-plan. */
    @Test
    void hugeNumbersInCountersNeverCrashACommand() throws IOException {
        String huge = "99999999999999999999";
        String fixture = ConcurrentWritersTest.fixture();
        List<String> variants = List.of(
                fixture.replace("Plan: 1 of 24", "Plan: " + huge + " of " + huge + "9"),
                fixture.replace("Plan: 1 of 24", "Plan: 1 of " + huge),
                fixture.replace("Phase: 1 of 2", "Phase: " + huge + " of 2"),
                fixture.replace("Total plans completed: 1", "Total plans completed: " + huge),
                fixture.replace("- [Phase 01]", huge + ". [Phase 01]"),
                "---\nprogress:\n  total_plans: " + huge + "\n  completed_plans: " + huge + "\n---\n" + fixture);
        for (int v = 0; v < variants.size(); v++) {
            for (String[] args : List.of(new String[] {"complete-plan", "01-02", "--duration", "3min"},
                    new String[] {"complete-plan", "2-2", "--force"}, new String[] {"decide", "Huge"}, new String[] {"check"},
                    new String[] {"status", "--json"})) {
                Path work = Files.createDirectories(dir.resolve("huge" + v + args[0] + args.length));
                Files.writeString(work.resolve("STATE.md"), variants.get(v));
                CliRun.Result r = run(work, args);
                assertThat(r.err()).as("variant %d, %s", v, String.join(" ", args)).doesNotContain("internal error");
                assertThat(r.exit()).isBetween(0, 3);
            }
        }
    }

    static CliRun.Result run(Path work, String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "-f";
        all[args.length + 1] = "STATE.md";
        return CliRun.run(work, all);
    }

    /** Mutations of a planning file: byte-level damage and Markdown-level confusion. */
    static final class Mutations {
        private Mutations() {
        }

        static final String[] INSERTS = {"---\n", "```\n", "~~~markdown\n", "| a | b |\n", "|---|---|\n", "| Phase 01 P01 | 10 min |\n",
                "## Current Position\n", "### Decisions\n", "Plan: 5 of 3\n", "Phase: 99 of 1 (X)\n", "Progress: [██████████] 100%\n",
                "- [Phase 01]: dup\n", "**Plan:** 1 of 2\n", "\r", "\r\n", "\t", "\u00a0", "\uFEFF", "<!-- ", " -->\n", "> quote\n",
                "Last activity: 2026-13-45 — x\n", "Plan: 99999999999999999999 of 99999999999999999999999\n", "|\n", "- \n", "# \n"};

        static byte[] apply(byte[] source, Random random, int count) {
            byte[] b = source;
            for (int k = 0; k < count; k++) {
                b = once(b, random);
            }
            return b;
        }

        private static byte[] once(byte[] b, Random random) {
            switch (random.nextInt(8)) {
                case 0: { // bit flip
                    if (b.length == 0) {
                        return b;
                    }
                    byte[] c = b.clone();
                    int at = random.nextInt(c.length);
                    c[at] ^= (byte) (1 << random.nextInt(8));
                    return c;
                }
                case 1: // truncation
                    return Arrays.copyOf(b, b.length == 0 ? 0 : random.nextInt(b.length));
                case 2: { // line shuffle
                    List<String> lines = lines(b);
                    Collections.shuffle(lines, random);
                    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
                }
                case 3: { // swap two lines
                    List<String> lines = lines(b);
                    if (lines.size() > 1) {
                        Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
                    }
                    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
                }
                case 4: { // delete a run of lines
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int from = random.nextInt(lines.size());
                        lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(5))).clear();
                    }
                    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
                }
                case 5: { // duplicate a run of lines
                    List<String> lines = lines(b);
                    if (!lines.isEmpty()) {
                        int from = random.nextInt(lines.size());
                        List<String> run = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(8))));
                        lines.addAll(random.nextInt(lines.size() + 1), run);
                    }
                    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
                }
                default: { // insert Markdown structure at a line start
                    List<String> lines = lines(b);
                    lines.add(random.nextInt(lines.size() + 1), INSERTS[random.nextInt(INSERTS.length)]);
                    return String.join("", lines).getBytes(StandardCharsets.UTF_8);
                }
            }
        }

        /** Lines with their endings; invalid UTF-8 is decoded leniently (it is damage either way). */
        private static List<String> lines(byte[] b) {
            String s = new String(b, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    out.add(s.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (start < s.length()) {
                out.add(s.substring(start));
            }
            return out;
        }
    }
}
