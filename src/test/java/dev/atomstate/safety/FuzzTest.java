package dev.atomstate.safety;

import dev.atomstate.app.PlanStatus;
import dev.atomstate.check.Checker;
import dev.atomstate.io.SourceText;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.JavaTrace;
import dev.atomstate.testing.Processes;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * was, a successful one leaves a readable file and is idempotent. Counts scale with atomstate.stress.scale;
 * the seed is printed so that a failure can be replayed with -Datomstate.seed=N.
 */
class FuzzTest {
    static final long SEED = Long.getLong("atomstate.seed", System.nanoTime());

    @TempDir
    Path dir;

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
            fail(what + " (seed " + SEED + "): " + e, e);
            return null;
        }
    }

    @Test
    void randomBytesBecomeAModelOrACleanRefusal() {
        Random random = new Random(SEED);
        String chars = "#-|*>`[]:  \n\n\r\t0123456789abcdefPhasePlanof%█░▓—é*_~<!>\u00a0\ufeff";
        String[] vocabulary = {"# Project State\n", "## Current Position\n", "Phase: 2 of 4 (X)\n", "Plan: 1 of 3 in current phase\n",
                "Status: In progress\n", "Progress: [████░░░░░░] 40%\n", "| Phase | Plans |\n", "|---|---|\n", "| 01 | 3 |\n",
                "### Decisions\n", "- [Phase 01]: x\n", "---\n", "title: x\n", "```\n", "\n", "\r\n", "**Plan:** 2 of 3\n",
                "Last activity: 2026-03-10 — Completed 02-01-PLAN.md\n", "| Phase 01 P01 | 10 min | 2 tasks | 3 files |\n",
                "Stopped at: x\n", "## Session Continuity\n", "- Total plans completed: 4\n", "None yet.\n"};
        int cases = 1500 * Processes.scale();
        int models = 0;
        for (int i = 0; i < cases; i++) {
            int length = random.nextInt(i % 10 == 0 ? 20_000 : 600);
            byte[] bytes;
            switch (i % 3) {
                case 0 -> {
                    bytes = new byte[length];
                    random.nextBytes(bytes);
                }
                case 1 -> {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < length; k++) {
                        sb.append(chars.charAt(random.nextInt(chars.length())));
                    }
                    bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
                default -> {
                    StringBuilder sb = new StringBuilder();
                    for (int k = 0; k < length / 10; k++) {
                        sb.append(vocabulary[random.nextInt(vocabulary.length)]);
                    }
                    bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
                }
            }
            if (readParseCheck(bytes, "random case " + i) != null) {
                models++;
            }
        }
        System.out.printf("FuzzTest random bytes: %d cases, %d parsed, %d refused (seed %d)%n", cases, models, cases - models, SEED);
    }

    @Test
    void mutatedPlanningFilesBecomeAModelOrACleanRefusal() throws IOException {
        Random random = new Random(SEED + 1);
        List<byte[]> sources = sources();
        int cases = 2000 * Processes.scale();
        for (int i = 0; i < cases; i++) {
            byte[] source = sources.get(random.nextInt(sources.size()));
            byte[] mutated = Mutations.apply(source, random, 1 + random.nextInt(3));
            readParseCheck(mutated, "mutation case " + i);
        }
        System.out.printf("FuzzTest mutations: %d cases over %d source files (seed %d)%n", cases, sources.size(), SEED + 1);
    }

    @Test
    void commandsOnMutatedFilesExitCleanlyAndNeverCorrupt() throws IOException {
        Random random = new Random(SEED + 2);
        List<byte[]> sources = sources();
        int cases = 150 * Processes.scale();
        String[][] commands = {
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
        int[] exits = new int[4];
        for (int i = 0; i < cases; i++) {
            byte[] source = sources.get(random.nextInt(sources.size()));
            byte[] mutated = random.nextInt(5) == 0 ? source : Mutations.apply(source, random, 1 + random.nextInt(2));
            Path work = Files.createDirectory(dir.resolve("case" + i));
            Path state = work.resolve("STATE.md");
            Files.write(state, mutated);
            String[] args = commands[random.nextInt(commands.length)];
            String what = "case " + i + " " + String.join(" ", args) + " (seed " + (SEED + 2) + ")";
            try {
                exits[checkCommand(work, state, mutated, args, what)]++;
            } catch (AssertionError e) {
                // keep the input for replaying by hand: atomstate -f target/fuzz-failures/case-N.md …
                Path kept = Files.createDirectories(Path.of("target", "fuzz-failures")).resolve("case-" + i + ".md");
                Files.write(kept, mutated);
                throw new AssertionError(e.getMessage() + "\ninput kept in " + kept, e);
            }
        }
        System.out.printf("FuzzTest commands: %d cases, exits 0/1/2/3 = %s (seed %d)%n", cases, Arrays.toString(exits), SEED + 2);
    }

    /** Runs one command on one input and checks the outcome; returns the exit code. */
    private static int checkCommand(Path work, Path state, byte[] mutated, String[] args, String what) throws IOException {
        {
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
                    assertThat(PlanStatus.isCompleted(written, PlanId.parse(args[1]))).as("%s: the written file records the plan", what).isTrue();
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

    private static CliRun.Result run(Path work, String[] args) {
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
