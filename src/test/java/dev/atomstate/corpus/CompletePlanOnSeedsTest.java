package dev.atomstate.corpus;

import dev.atomstate.app.CompletePlan;
import dev.atomstate.check.Checker;
import dev.atomstate.check.Diagnostic;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.UnifiedDiff;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * complete-plan on the four seeds and on our planning-samples, LF and CRLF, with --duration 14min --tasks 3 --files 2
 * --title "Test plan" at the fixed clock 2026-03-01T09:30Z. The next plan of each file is worked out from its text
 * (see the comments on each case), and so are the new Plan line and progress numbers. The diff is checked hunk by
 * hunk: a removed line must be one of the lines complete-plan may change (plan, status, last activity, progress,
 * session, velocity, frontmatter); an added line must be the new version of one of those, a "Previous: " line
 * carrying the old status or activity (with the chain's blank spacing), or the one new metrics row. A second run
 * changes nothing.
 *
 * <p>Plan counters: GSD's execute-plan template writes "Plan: [just completed] of [total]" (our samples: "Plan: 2 of 4"
 * next to "Completed 03-02-PLAN.md"), gsd-tools' advance-plan writes the plan to do next. Where the file records the
 * counter's own plan as done it follows the first reading, so completing 03-03 gives "3 of 4"; otherwise the counter
 * moves past the completed plan.
 */
class CompletePlanOnSeedsTest {
    static final ZonedDateTime NOW = ZonedDateTime.parse(CliRun.DEFAULT_NOW);
    static final CompletePlan.Options OPTIONS_BASE = new CompletePlan.Options(null, "14min", 3, 2, "Test plan", false);

    /** What one completion must produce. {@code label} picks the progress segment that must move (null: the unlabelled one). */
    record Expect(String file, String id, String why, boolean alreadyComplete, String plan, String label, Integer done,
                  Integer total, Double percent, Integer barFilled, String metricsRow, Map<String, String> fields,
                  Map<String, String> frontmatter) {
    }

    static Expect done(String file, String id, String why) {
        return new Expect(file, id, why, true, null, null, null, null, null, null, null, Map.of(), Map.of());
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Expect> seedCases() {
        return List.of(
                // 000: "Plan: 1/IN PROGRESS" but Status (line 14) and Last activity (line 27) both say 62-01 COMPLETE,
                // so 62-01 is done and must be a no-op; the next plan is 62-02. The counter names the plan just
                // completed (1 while 62-01 is done), so it becomes 2, its status word kept. v2.0 is the unfinished milestone: 18/31 → 19/31 = 61.3%,
                // stated as a whole number → 61%, bar 6.13 → 6 of 10 cells. The Phase 61 segment is another phase.
                // 62-01 itself: position, status and activity already say done, so nothing is counted again (v2.0 stays
                // 18/31, 58%, and the bar's 3 cells, wrong as they are) — but no metrics row records it and the session still stops at 61-09 (line 212):
                // complete-plan converges, writing the row and moving the session to it (issue 14).
                new Expect("000", "62-01", "status line 14 says Plan 62-01 COMPLETE; no row, session behind", false, "1/IN PROGRESS",
                        "v2.0", 18, 31, 58.0, 3, "| Phase 62 P01 | 14 | 3 tasks | 2 files |",
                        fields("lastSession", "2026-03-01 09:30", "stoppedAt", "Phase 62-01 COMPLETE - Test plan",
                                "totalPlans", "200 (v1.0)"),
                        Map.of()),
                new Expect("000", "62-02", "next after 62-01", false, "2/IN PROGRESS", "v2.0", 19, 31, 61.0, 6,
                        "| Phase 62 P02 | 14 | 3 tasks | 2 files |",
                        fields("status", "Phase 62-02 COMPLETE - Test plan",
                                "lastActivity", "2026-03-01 — Phase 62-02 COMPLETE: Test plan",
                                "lastSession", "2026-03-01 09:30",
                                "stoppedAt", "Phase 62-02 COMPLETE - Test plan",
                                "totalPlans", "200 (v1.0)"),
                        Map.of()),
                // 001: "Plan: 67-04", Status "Phase 67 Plan 04 COMPLETE … Next: Plan 67-05". v2.0 38/48 → 39/48 =
                // 81.25% → 81%, bar 8.1 → 8 cells. Velocity counts v1.0 ("200 (v1.0)"), so it stays.
                new Expect("001", "67-05", "status line 13: Next: Plan 67-05", false, "67-05", "v2.0", 39, 48, 81.0, 8,
                        "| Phase 67 P05 | 14 | 3 tasks | 2 files |",
                        fields("status", "Phase 67 Plan 05 COMPLETE - Test plan",
                                "lastActivity", "2026-03-01 — Phase 67-05 COMPLETE: Test plan",
                                "stoppedAt", "Completed Phase 67-05 - Test plan",
                                "totalPlans", "200 (v1.0)"),
                        Map.of()),
                // 002: "Plan: 3 of 7 complete", Status "Phase 35-03 complete": by the position the next plan is 35-04,
                // but metrics line 50 already records "Phase 35 P04 | 45" (run out of order; the position was never
                // updated), so 35-04 is a no-op and the next unrecorded plan is 35-05. The counter names the plan
                // just completed: 5 of 7 complete. v2.0 9/31 → 10/31 = 32.3% → 32%, bar 3.2 → 3 cells (unchanged).
                // 35-04 itself (issue 14): the metrics row of line 50 is kept as the only one (and the --duration of
                // 14min, which differs from its 45, is not written), while the position converges: 3 → 4 of 7
                // complete, v2.0 9/31 → 10/31 = 32.3% → 32%, bar 3 cells; status, activity and session name 35-04.
                new Expect("002", "35-04", "metrics line 50 records Phase 35 P04; the position says 3 of 7", false, "4 of 7 complete",
                        "v2.0", 10, 31, 32.0, 3, "| Phase 35 P04 | 45 | 3 tasks | 10 files |",
                        fields("status", "Phase 35-04 complete - Test plan",
                                "lastActivity", "2026-03-01 — Phase 35-04 COMPLETE: Test plan",
                                "lastSession", "2026-03-01 09:30",
                                "stoppedAt", "Phase 35-04 complete - Test plan"),
                        Map.of()),
                new Expect("002", "35-05", "first plan not recorded anywhere", false, "5 of 7 complete", "v2.0", 10, 31, 32.0, 3,
                        "| Phase 35 P05 | 14 | 3 tasks | 2 files |",
                        fields("status", "Phase 35-05 complete - Test plan",
                                "lastActivity", "2026-03-01 — Phase 35-05 COMPLETE: Test plan",
                                "stoppedAt", "Phase 35-05 complete - Test plan"),
                        Map.of()),
                // 003, 17-03 itself: plan line 13, status and stopped at all say 17-03 complete and metrics line 92 records it
                // (the activity names phase 36, another track, not an earlier plan): every record agrees, so nothing
                // changes — the 14min, which differs from the row's 1319, is only warned about.
                done("003", "17-03", "plan, status and session say 17-03 complete; a row records it"),
                // 003: "Plan: 17-agent-layer-03 COMPLETE" → next 17-04, written in the same slugged form. v2.0 16/31 →
                // 17/31 = 54.8% → 55%, bar 5.48 → 5 cells (the old bar, 3 cells for 52%, was wrong anyway).
                new Expect("003", "17-04", "plan line 13: 17-agent-layer-03 COMPLETE", false, "17-agent-layer-04 COMPLETE", "v2.0",
                        17, 31, 55.0, 5, "| Phase 17 P04 | 14 | 3 tasks | 2 files |",
                        fields("status", "Phase 17-04 COMPLETE - Test plan",
                                "lastActivity", "2026-03-01 — Phase 17-04 COMPLETE: Test plan",
                                "stoppedAt", "Phase 17-04 complete - Test plan"),
                        Map.of()));
    }

    static List<Expect> sampleCases() {
        return List.of(
                // bold-fields: "Current Plan: 2 of 4" in phase 03, 03-02 completed (activity, metrics) → next 03-03,
                // and the counter names it: 3 of 4.
                // Progress 6/12 → 7/12 = 58.3% → 58%, bar 5.83 → 6 cells. "Plans completed:" is not the velocity
                // field name the tool updates; the Completed column takes today's date.
                new Expect("bold-fields", "03-03", "activity: Completed 03-02-PLAN.md", false, "3 of 4", null, 7, 12, 58.0, 6,
                        "| 03 | 03 | 14 min | 3 | 2 | 2026-03-01 |",
                        fields("status", "In progress", "stoppedAt", "Completed 03-03-PLAN.md"), Map.of()),
                // crlf-decisions-table: "Plan: 2 of 3", 02-02 done → 02-03 is the phase's last plan: counter stays at
                // 3 of 3 and the status says the phase is complete, with the file's "--". 4/7 → 5/7 = 71.4% → 71%,
                // bar 7 cells. Velocity: 5 plans; 1.1 h + 14 min = 1.33 h → 1.3; average 80 min / 5 = 16 (unchanged).
                new Expect("crlf-decisions-table", "02-03", "last plan of phase 02", false, "3 of 3 in current phase", null, 5, 7, 71.0, 7,
                        "| Phase 02 P03 | 14 min | 3 tasks | 2 files |",
                        fields("status", "Phase complete -- ready for verification",
                                "lastActivity", "2026-03-01 -- Completed 02-03-PLAN.md (Test plan)",
                                "stoppedAt", "Completed 02-03-PLAN.md",
                                "totalPlans", "5", "totalTime", "1.3 hours", "averageDuration", "16 min"),
                        Map.of()),
                // frontmatter: "Plan: 2 of 4" in phase 08, 08-02 done → 08-03, counter 3 of 4. v1.2 5/9 → 6/9 = 66.7% → 67%, bar 6.67 →
                // 7 cells; frontmatter completed_plans 5 → 6, percent 67. 1.2 h + 14 min = 1.43 → 1.4 h; 86 min / 6 → 14.
                new Expect("frontmatter", "08-03", "activity: Completed 08-02-PLAN.md", false, "3 of 4", "v1.2", 6, 9, 67.0, 7,
                        "| Phase 08 P03 | 14 min | 3 tasks | 2 files |",
                        fields("totalPlans", "6", "totalTime", "1.4 hours", "averageDuration", "14 min",
                                "stoppedAt", "Completed 08-03-PLAN.md"),
                        Map.of("progress.completed_plans", "6", "progress.percent", "67", "stopped_at", "Completed 08-03-PLAN.md",
                                "last_activity", "2026-03-01", "last_updated", "2026-03-01T09:30:00.000Z")),
                // gsd-template: "Plan: 1 of 3", 02-01 done → 02-02, counter 2 of 3. The progress line states only "40%" (no counts,
                // no frontmatter): left as is. 0.8 h + 14 min = 1.03 → 1.0 h; 62 min / 5 = 12.4 → 12 (unchanged).
                new Expect("gsd-template", "02-02", "activity: Completed 02-01-PLAN.md", false, "2 of 3 in current phase", null, null, null,
                        40.0, 4, "| Phase 02 P02 | 14 min | 3 tasks | 2 files |",
                        fields("totalPlans", "5", "totalTime", "1.0 hours", "averageDuration", "12 min",
                                "lastActivity", "2026-03-01 — Completed 02-02-PLAN.md: Test plan"),
                        Map.of()),
                // separate-fields: "**Current Plan:** 2" of "**Total Plans in Phase:** 3" (gsd-tools: the plan in progress),
                // 02-01 done → completing 02-02 moves it to 3. 3/10 → 4/10 = 40%, bar 4 cells. The status "Executing
                // Phase 2" still holds. The bare-date "**Last Activity:**" stays a bare date, its description goes into
                // "**Last Activity Description:**". Velocity: 4 plans; 0.8 h + 14 min = 1.03 → 1.0 h; 62 min / 4 = 15.5 → 16.
                // The new row's id is written like the row above ("Phase 2 P1" → "Phase 2 P2").
                new Expect("separate-fields", "02-02", "activity description: Completed 02-01-PLAN.md", false, "3", null, 4, 10, 40.0, 4,
                        "| Phase 2 P2 | 14 min | 3 tasks | 2 files |",
                        fields("status", "Executing Phase 2", "lastActivity", "2026-03-01",
                                "activityDescription", "Completed 02-02-PLAN.md: Test plan",
                                "lastSession", "2026-03-01 09:30", "stoppedAt", "Completed 02-02-PLAN.md",
                                "totalPlans", "4", "totalTime", "1.0 hours", "averageDuration", "16 min"),
                        Map.of()),
                // long-running: "Plan: 41-03" COMPLETE → 41-04. v2.0 12/30 → 13/30 = 43.3% → 43%, bar 4.3 → 4 cells.
                // Velocity is approximate ("~42 hours") and labelled, so it stays.
                new Expect("long-running", "41-04", "status: Phase 41 Plan 03 COMPLETE", false, "41-04", "v2.0", 13, 30, 43.0, 4,
                        "| Phase 41 P04 | 14 minutes | 3 tasks | 2 files |",
                        fields("status", "Phase 41 Plan 04 COMPLETE - Test plan",
                                "lastActivity", "2026-03-01 — Phase 41-04 COMPLETE: Test plan",
                                "totalTime", "~42 hours"),
                        Map.of()));
    }

    @TestFactory
    Stream<DynamicTest> completePlanOnTheSeeds() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Expect e : seedCases()) {
            Path seed = Shared.stateSeeds().stream().filter(p -> p.getFileName().toString().startsWith(e.file() + "_")).findFirst().orElseThrow();
            tests.add(Named.test("seed " + e.file() + " complete-plan " + e.id(), () -> run(e, Files.text(seed))));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> completePlanOnThePlanningSamples() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> samples = Files.samples();
        assertThat(samples.stream().map(p -> p.getParent().getParent().getFileName().toString()).toList())
                .as("every sample has a case").containsExactlyInAnyOrderElementsOf(sampleCases().stream().map(Expect::file).toList());
        for (Expect e : sampleCases()) {
            Path p = Path.of("planning-samples", e.file(), ".planning", "STATE.md");
            tests.add(Named.test("sample " + e.file() + " complete-plan " + e.id(), () -> run(e, Files.text(p))));
        }
        return tests.stream();
    }

    static void run(Expect e, String stored) {
        String lf = stored.replace("\r\n", "\n");
        String crlf = Shared.toCrlf(lf);
        String lfAfter = once(e, lf);
        String crlfAfter = once(e, crlf);
        assertThat(crlfAfter).as("the CRLF file gets the same change, in CRLF").isEqualTo(Shared.toCrlf(lfAfter));
    }

    private static String once(Expect e, String before) {
        String name = e.file();
        ParsedState ps = StateParser.parse(name, before);
        CompletePlan.Options options = new CompletePlan.Options(e.id(), OPTIONS_BASE.duration(), OPTIONS_BASE.tasks(),
                OPTIONS_BASE.files(), OPTIONS_BASE.title(), false);
        Change change = CompletePlan.run(ps, options, NOW);
        if (e.alreadyComplete()) {
            assertThat(change.edits()).as("%s is already complete (%s): nothing to change", e.id(), e.why()).isEmpty();
            assertThat(change.facts()).containsEntry("alreadyComplete", true);
            return before;
        }
        assertThat(change.edits()).as("complete-plan %s changes something", e.id()).isNotEmpty();
        String after = change.apply(before);
        ParsedState now = StateParser.parse(name, after);

        checkHunks(e, ps, now, before, after);

        // the exact new values
        StateModel.Position pos = now.model().position();
        assertThat(now.handles().plan().value(after)).as("Plan line").isEqualTo(e.plan());
        StateModel.ProgressSegment seg = now.model().progress().stream()
                .filter(s -> e.label() == null ? s.label() == null : e.label().equals(s.label())).findFirst().orElseThrow();
        assertThat(seg.done()).as("progress done").isEqualTo(e.done());
        assertThat(seg.total()).as("progress total").isEqualTo(e.total());
        assertThat(seg.percent()).as("progress percent").isEqualTo(e.percent());
        assertThat(seg.barFilled()).as("progress bar cells filled").isEqualTo(e.barFilled());
        Map<String, Field> handles = fieldHandles(now);
        e.fields().forEach((k, v) -> assertThat(handles.get(k).value(after)).as(k).isEqualTo(v));
        e.frontmatter().forEach((k, v) -> assertThat(now.model().frontmatter()).as("frontmatter").containsEntry(k, v));
        List<String> rows = Hunks.lines(after).stream().filter(l -> l.strip().equals(e.metricsRow())).toList();
        assertThat(rows).as("the new metrics row").hasSize(1);
        if (e.label() != null || e.done() != null) {
            // every other segment is untouched
            for (int i = 0; i < ps.model().progress().size(); i++) {
                StateModel.ProgressSegment old = ps.model().progress().get(i);
                if (!java.util.Objects.equals(old.label(), seg.label())) {
                    StateModel.ProgressSegment same = now.model().progress().get(i);
                    assertThat(List.of(same.done(), same.total(), String.valueOf(same.percent()), String.valueOf(same.barFilled())))
                            .as("segment %s untouched", old.label())
                            .isEqualTo(List.of(old.done(), old.total(), String.valueOf(old.percent()), String.valueOf(old.barFilled())));
                }
            }
        }
        assertThat(pos.plan()).isNotNull();

        // a second run changes nothing
        Change again = CompletePlan.run(now, options, NOW);
        assertThat(again.edits()).as("second complete-plan %s: %s", e.id(), again.notes()).isEmpty();
        assertThat(again.facts()).containsEntry("alreadyComplete", true);

        // and check is not worse for any rule
        Map<String, Long> b = counts(Checker.check(ps));
        Map<String, Long> a = counts(Checker.check(now));
        a.forEach((rule, n) -> assertThat(n).as("%s findings after complete-plan (before %s, after %s)", rule, b, a)
                .isLessThanOrEqualTo(b.getOrDefault(rule, 0L)));
        return after;
    }

    private static Map<String, Field> fieldHandles(ParsedState ps) {
        ParsedState.Handles h = ps.handles();
        Map<String, Field> m = new LinkedHashMap<>();
        m.put("plan", h.plan());
        m.put("status", h.status());
        m.put("lastActivity", h.lastActivity());
        m.put("progress", h.progress());
        m.put("lastSession", h.lastSession());
        m.put("stoppedAt", h.stoppedAt());
        m.put("totalPlans", h.totalPlans());
        m.put("averageDuration", h.averageDuration());
        m.put("totalTime", h.totalTime());
        m.put("activityDescription", h.companions().activityDescription());
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    /** 1-based numbers of the lines complete-plan may rewrite: the fields above and the frontmatter's value lines. */
    private static Set<Integer> touchable(ParsedState ps) {
        Set<Integer> lines = new HashSet<>();
        fieldHandles(ps).values().forEach(f -> lines.add(f.line() + 1));
        if (!ps.doc().frontmatter().isEmpty()) {
            FrontmatterBlock fm = ps.doc().frontmatter().get(0);
            for (int i = fm.openLine() + 1; i < fm.closeLine(); i++) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static void checkHunks(Expect e, ParsedState before, ParsedState after, String oldText, String newText) {
        String diff = UnifiedDiff.diff("a/" + e.file(), "b/" + e.file(), oldText, newText);
        List<Hunks.Hunk> hunks = Hunks.parse(diff);
        assertThat(Hunks.patch(oldText, hunks)).as("the diff describes the change exactly").isEqualTo(newText);
        Set<Integer> oldAllowed = touchable(before);
        Set<Integer> newAllowed = touchable(after);
        Set<String> previousValues = new HashSet<>();
        int expectedBlank = 0;
        for (Field f : List.of(before.handles().status(), before.handles().lastActivity())) {
            Field changed = f == null ? null : f == before.handles().status() ? after.handles().status() : after.handles().lastActivity();
            if (f == null || changed != null && changed.value(newText).equals(f.value(oldText))) {
                // a field complete-plan kept (it already named the plan) pushes nothing onto its chain
                continue;
            }
            List<Integer> chain = before.handles().chains().get(f.line());
            if (chain != null && !chain.isEmpty()) {
                previousValues.add("Previous: " + f.value(oldText));
                expectedBlank += chain.get(0) - f.line() - 1;
            }
        }
        int previousAdded = 0;
        int blankAdded = 0;
        int rowsAdded = 0;
        for (Hunks.Hunk h : hunks) {
            for (Hunks.DiffLine r : h.removed()) {
                assertThat(oldAllowed).as("hunk @@ -%d: removed line %d is one complete-plan may change: '%s'\n%s",
                        h.oldStart(), r.oldLine(), clip(r.content()), diff).contains(r.oldLine());
            }
            for (Hunks.DiffLine a : h.added()) {
                if (newAllowed.contains(a.newLine())) {
                    continue;
                }
                if (a.content().startsWith("Previous: ")) {
                    assertThat(previousValues).as("added Previous line %d carries an old status or activity", a.newLine())
                            .contains(a.content());
                    previousAdded++;
                } else if (a.content().isBlank()) {
                    blankAdded++;
                } else {
                    assertThat(a.content().strip()).as("hunk @@ +%d: added line %d is the metrics row\n%s", h.newStart(), a.newLine(), diff)
                            .isEqualTo(e.metricsRow());
                    rowsAdded++;
                }
            }
        }
        // a row the file already has (a parallel wave wrote it) is kept, never written twice
        boolean rowExisted = Hunks.lines(oldText).stream().anyMatch(l -> l.strip().equals(e.metricsRow()));
        assertThat(rowsAdded).as("one metrics row, unless the file had it").isEqualTo(rowExisted ? 0 : 1);
        assertThat(previousAdded).as("one Previous line per chain that follows a changed field").isEqualTo(previousValues.size());
        assertThat(blankAdded).as("blank lines spaced like the chains").isEqualTo(expectedBlank);
    }

    private static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static Map<String, Long> counts(List<Diagnostic> diagnostics) {
        return diagnostics.stream().collect(Collectors.groupingBy(Diagnostic::rule, TreeMap::new, Collectors.counting()));
    }
}
