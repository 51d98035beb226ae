package dev.atomstate.corpus;

import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.testing.Scratch;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writing commands on seed 002 (read from ../shared, never copied), LF and CRLF, through the real CLI at
 * 2026-03-01T09:30Z: each run's exact hunks — which old lines go (by number and text) and which new lines come
 * (by number and text) — worked out by hand from the seed. Refusals and no-ops leave the bytes as they were.
 */
class WritingCommandsOnSeed002Test {
    /** A line of the diff: '-' old line N, '+' new line N, with its content ("…" at the end: a prefix). */
    record L(char kind, int line, String content) {
    }

    record Case(String name, List<String> args, int exit, List<L> lines) {
    }

    static L del(int line, String content) {
        return new L('-', line, content);
    }

    static L add(int line, String content) {
        return new L('+', line, content);
    }

    static final String OLD_ACTIVITY = "Last activity: 2026-02-19 — Phase 35-03 COMPLETE: Package Installer - Extended HazardSandbox…";

    static List<Case> cases() {
        return List.of(
                // the last top-level blocker is line 100 ("- Test data fragility …"): the new one follows it
                new Case("block", List.of("block", "Waiting for Docker registry credentials"), 0,
                        List.of(add(101, "- Waiting for Docker registry credentials"))),
                // "phase 3" is the whole word pair of line 92 only (lines 95-99 name "Phase 29", "Phase 31", "Phase 32")
                new Case("unblock phase 3", List.of("unblock", "phase 3"), 0,
                        List.of(del(92, "- Phase 3 (Memory Layer), Phase 10 (Test Failures), Phase 12 (Tier 1 Coverage), Phase 14 (Community Skills), Phase 17 (Agent Layer), Phase 19 (More Fixes), Phase 24 (Documentation)"))),
                new Case("unblock ambiguous", List.of("unblock", "mitigated by phase"), 1, List.of()),
                // "None yet." (line 87) is replaced as a whole line
                new Case("todo add", List.of("todo", "add", "Re-run the coverage report"), 0,
                        List.of(del(87, "None yet."), add(87, "- Re-run the coverage report"))),
                new Case("todo done", List.of("todo", "done", "coverage"), 1, List.of()),
                new Case("session", List.of("session", "--stopped-at", "Phase 35-03 complete: \"Package Installer\""), 0,
                        List.of(del(104, "Last session: 2026-02-19 16:03"), del(105, "Stopped at: Phase 35-02 complete - Package Dependency Scanner implemented"),
                                add(104, "Last session: 2026-03-01 09:30"), add(105, "Stopped at: Phase 35-03 complete: \"Package Installer\""))),
                // phase 35 is in flight ("3 of 7 complete"): nothing changes
                new Case("begin-phase in flight", List.of("begin-phase", "35"), 0, List.of()),
                // "3 of 7 complete" counts completed plans: the new phase has 0 of 5. Status has no Previous chain; Last
                // activity has one (lines 17-25), so its old value goes to its top, followed by the chain's blank line.
                new Case("begin-phase 36", List.of("begin-phase", "36", "--plans", "5", "--name", "Skill Marketplace"), 0,
                        List.of(del(8, "**Current focus:** Phase 30: Coverage Expansion (after Phase 29 complete)"),
                                add(8, "**Current focus:** Phase 36: Skill Marketplace"),
                                del(12, "Phase: 35 of 37 (Python Package Support)"), del(13, "Plan: 3 of 7 complete"),
                                del(14, "Status: Phase 35-03 complete - Package Installer"), del(15, OLD_ACTIVITY),
                                add(12, "Phase: 36 of 37 (Skill Marketplace)"), add(13, "Plan: 0 of 5 complete"),
                                add(14, "Status: Ready to execute"), add(15, "Last activity: 2026-03-01 — Began Phase 36: Skill Marketplace"),
                                add(17, "Previous: 2026-02-19 — Phase 35-03 COMPLETE: Package Installer - Extended HazardSandbox…"), add(18, ""),
                                del(104, "Last session: 2026-02-19 16:03"), del(105, "Stopped at: Phase 35-02 complete - Package Dependency Scanner implemented"),
                                add(106, "Last session: 2026-03-01 09:30"), add(107, "Stopped at: Began Phase 36: Skill Marketplace"))),
                // 3 of 7 plans done: completing the phase is refused; phase 34 is not current
                new Case("complete-phase", List.of("complete-phase"), 1, List.of()),
                new Case("complete-phase other", List.of("complete-phase", "34"), 1, List.of()),
                // the GSD rows end at line 51: the new row follows, cells like "| Phase 35 P03 | 540 | 3 tasks | 2 files |"
                new Case("metric", List.of("metric", "35-05", "--duration", "14min", "--tasks", "2", "--files", "3"), 0,
                        List.of(add(52, "| Phase 35 P05 | 14 | 2 tasks | 3 files |"))),
                new Case("metric same", List.of("metric", "35-03", "--duration", "9 hours"), 0, List.of()),
                new Case("metric different", List.of("metric", "35-03", "--duration", "9min"), 1, List.of()),
                new Case("metric replace", List.of("metric", "35-03", "--duration", "9min", "--replace"), 0,
                        List.of(del(51, "| Phase 35 P03 | 540 | 3 tasks | 2 files |"), add(51, "| Phase 35 P03 | 9 | 3 tasks | 2 files |"))),
                // the footer "*Milestone: v2.0 Feature & Coverage Complete*" (line 135) names the milestone in flight
                new Case("milestone start in flight", List.of("milestone", "start", "v2.0"), 0, List.of()),
                // v1.0 is older than v2.0 (its segment says 200/203, so it is not recorded complete either)
                new Case("milestone start older", List.of("milestone", "start", "v1.0"), 1, List.of()),
                // position reset as GSD's new-milestone writes it; the progress line keeps one segment per milestone, so
                // an empty v2.1 segment follows v2.0 after the same " → "; decisions, todos, blockers stay
                new Case("milestone start v2.1", List.of("milestone", "start", "v2.1", "--name", "Skill Marketplace"), 0,
                        List.of(del(8, "**Current focus:** Phase 30: Coverage Expansion (after Phase 29 complete)"),
                                add(8, "**Current focus:** Milestone v2.1 — defining requirements"),
                                del(12, "Phase: 35 of 37 (Python Package Support)"), del(13, "Plan: 3 of 7 complete"),
                                del(14, "Status: Phase 35-03 complete - Package Installer"), del(15, OLD_ACTIVITY),
                                add(12, "Phase: Not started (defining requirements)"), add(13, "Plan: —"),
                                add(14, "Status: Defining requirements"), add(15, "Last activity: 2026-03-01 — Milestone v2.1 started"),
                                add(17, "Previous: 2026-02-19 — Phase 35-03 COMPLETE: Package Installer - Extended HazardSandbox…"), add(18, ""),
                                del(25, "Progress: [██████████] 99% (v1.0: 200/203 plans complete) → [███░░░░░░░] 29% (v2.0: 9/31 plans)"),
                                add(27, "Progress: [██████████] 99% (v1.0: 200/203 plans complete) → [███░░░░░░░] 29% (v2.0: 9/31 plans) → [░░░░░░░░░░] 0% (v2.1: 0/0 plans)"),
                                del(104, "Last session: 2026-02-19 16:03"), del(105, "Stopped at: Phase 35-02 complete - Package Dependency Scanner implemented"),
                                add(106, "Last session: 2026-03-01 09:30"), add(107, "Stopped at: Milestone v2.1 started"),
                                del(135, "*Milestone: v2.0 Feature & Coverage Complete*"), add(137, "*Milestone: v2.1 Skill Marketplace*"))),
                // phase 35 has 3 of 7 plans done
                new Case("milestone complete", List.of("milestone", "complete"), 1, List.of()),
                // forced: the counter goes to its total; the v2.0 counts (9/31) are the file's and stay
                new Case("milestone complete forced", List.of("milestone", "complete", "--force"), 0,
                        List.of(del(13, "Plan: 3 of 7 complete"), del(14, "Status: Phase 35-03 complete - Package Installer"), del(15, OLD_ACTIVITY),
                                add(13, "Plan: 7 of 7 complete"), add(14, "Status: Milestone v2.0 complete"),
                                add(15, "Last activity: 2026-03-01 — Milestone v2.0 COMPLETE"),
                                add(17, "Previous: 2026-02-19 — Phase 35-03 COMPLETE: Package Installer - Extended HazardSandbox…"), add(18, ""),
                                del(104, "Last session: 2026-02-19 16:03"), del(105, "Stopped at: Phase 35-02 complete - Package Dependency Scanner implemented"),
                                add(106, "Last session: 2026-03-01 09:30"), add(107, "Stopped at: Milestone v2.0 complete"))));
    }

    @TestFactory
    Stream<DynamicTest> seed002() {
        Shared.assumePresent();
        Path seed = Shared.stateSeeds().stream().filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        String lf = Files.text(seed).replace("\r\n", "\n");
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            tests.add(Named.test(c.name(), () -> {
                check(c, lf);
                check(c, Shared.toCrlf(lf));
            }));
        }
        return tests.stream();
    }

    static void check(Case c, String before) throws Exception {
        Path dir = Scratch.dir("seed002-");
        try {
            Path file = dir.resolve("STATE.md");
            java.nio.file.Files.writeString(file, before, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(c.args());
            args.add("-f");
            args.add("STATE.md");
            CliRun.Result r = CliRun.run(dir, args.toArray(String[]::new));
            assertThat(r.exit()).as("exit; stderr %s", r.err()).isEqualTo(c.exit());
            String after = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
            List<L> actual = new ArrayList<>();
            for (Hunks.Hunk h : Hunks.parse(UnifiedDiff.diff("a", "b", before, after))) {
                for (Hunks.DiffLine l : h.lines()) {
                    if (l.kind() == Hunks.Kind.REMOVED) {
                        actual.add(del(l.oldLine(), l.content()));
                    } else if (l.kind() == Hunks.Kind.ADDED) {
                        actual.add(add(l.newLine(), l.content()));
                    }
                    if (l.kind() != Hunks.Kind.CONTEXT) {
                        assertThat(l.terminator()).as("line endings kept").isEqualTo(before.contains("\r\n") ? "\r\n" : "\n");
                    }
                }
            }
            assertThat(actual).as("changed lines").hasSameSizeAs(c.lines());
            for (int i = 0; i < actual.size(); i++) {
                L want = c.lines().get(i);
                L got = actual.get(i);
                assertThat(got.kind() + " " + got.line()).isEqualTo(want.kind() + " " + want.line());
                if (want.content().endsWith("…")) {
                    assertThat(got.content()).startsWith(want.content().substring(0, want.content().length() - 1));
                } else {
                    assertThat(got.content()).isEqualTo(want.content());
                }
            }
            if (c.exit() == 0 && !c.lines().isEmpty()) {
                CliRun.Result again = CliRun.run(dir, args.toArray(String[]::new));
                assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)).as("re-run: %s", again.out() + again.err()).isEqualTo(after);
            }
        } finally {
            try (Stream<Path> all = java.nio.file.Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
            }
        }
    }
}
