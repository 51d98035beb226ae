package dev.atomstate.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * status --line keeps its answer in the user's cache (io.LineCache) when the launcher names the build: real JVMs,
 * started as the launcher starts them, on a project that changes step by step. The law: with the cache or without
 * it the line is the same; a run with nothing changed does not parse the file, and a change of anything the line is
 * computed from (the file, the settings, the roadmap, the phase folders, the build) makes the next run compute it.
 */
class StatusLineCacheTest {
    @TempDir
    Path dir;

    Path project;
    Path state;
    Path cache;

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("project");
        state = project.resolve(".planning/STATE.md");
        Files.createDirectories(state.getParent());
        Files.copy(Path.of("planning-samples/gsd-template/.planning/STATE.md"), state);
        cache = dir.resolve("cache");
    }

    @Test
    void aRunWithNothingChangedIsAnsweredWithoutParsing() throws Exception {
        Run first = line(true, "build-1", false);
        assertThat(first.parsed()).as("the first run computes the line").isTrue();
        Run second = line(true, "build-1", false);
        assertThat(second.parsed()).as("the second is answered from the cache").isFalse();
        assertThat(second.out()).isEqualTo(first.out()).isEqualTo(line(false, "build-1", false).out());
    }

    @Test
    void everyInputChangedIsSeen() throws Exception {
        List<String> steps = new ArrayList<>();
        line(true, "build-1", false);
        String original = Files.readString(state);

        Files.writeString(state, original.replace("### Blockers/Concerns\n\nNone yet.", "### Blockers/Concerns\n\n- The grocery API rate-limits us"));
        steps.add("a blocker added to the state file");
        assertRecomputedAndRight(steps, "build-1");

        Files.writeString(project.resolve(".atomstate.yml"), "check:\n  severity:\n    session-stale: off\n");
        steps.add("a rule switched off in the project's settings");
        assertRecomputedAndRight(steps, "build-1");

        Files.writeString(project.resolve(".planning/ROADMAP.md"), "# Roadmap\n\n## Phases\n\n- [x] **Phase 1: Recipes**\n"
                + "- [ ] **Phase 2: Meal Planner**\n- [ ] **Phase 3: Groceries**\n");
        steps.add("a roadmap beside it");
        assertRecomputedAndRight(steps, "build-1");

        Files.writeString(project.resolve(".planning/ROADMAP.md"), "- [ ] **Phase 4: Sharing**\n", java.nio.file.StandardOpenOption.APPEND);
        steps.add("the roadmap edited");
        assertRecomputedAndRight(steps, "build-1");

        Files.createDirectories(project.resolve(".planning/phases/02-meal-planner"));
        Files.writeString(project.resolve(".planning/phases/02-meal-planner/02-01-PLAN.md"), "# Plan 02-01\n");
        steps.add("a phase folder with a plan");
        assertRecomputedAndRight(steps, "build-1");

        Files.writeString(project.resolve(".planning/phases/02-meal-planner/02-01-SUMMARY.md"), "# Summary 02-01\n");
        steps.add("a summary in the phase folder");
        assertRecomputedAndRight(steps, "build-1");

        steps.add("another build");
        assertRecomputedAndRight(steps, "build-2");

        Files.writeString(state, original);
        steps.add("the state file as it was at first");
        assertRecomputedAndRight(steps, "build-2");

        Files.delete(project.resolve(".atomstate.yml"));
        steps.add("the settings removed");
        assertRecomputedAndRight(steps, "build-2");
    }

    @Test
    void nothingIsKeptWithTheClockGivenOrWithoutTheLaunchersBuild() throws Exception {
        line(true, "build-1", true);
        line(true, "build-1", true);
        assertThat(cache).as("--now/ATOMSTATE_NOW: tests and replays, never a prompt").doesNotExist();
        line(true, null, false);
        assertThat(line(true, null, false).parsed()).isTrue();
        assertThat(cache).as("not started by the launcher").doesNotExist();
    }

    /** After the last step: the first cached run computes the line, the second does not, both as a run without the cache. */
    private void assertRecomputedAndRight(List<String> steps, String build) throws Exception {
        String step = steps.get(steps.size() - 1);
        Run changed = line(true, build, false);
        assertThat(changed.parsed()).as("after %s the line is computed again", step).isTrue();
        assertThat(changed.out()).as("after %s", step).isEqualTo(line(false, build, false).out());
        Run again = line(true, build, false);
        assertThat(again.parsed()).as("after %s, the run after is answered from the cache", step).isFalse();
        assertThat(again.out()).as("after %s, from the cache", step).isEqualTo(changed.out());
    }

    record Run(String out, boolean parsed) {
    }

    /** status --line in {@code project}, in a real JVM, as the launcher starts it with {@code build} (null: without one). */
    private Run line(boolean cached, String build, boolean fixedClock) throws Exception {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        if (build != null) {
            cmd.add("-Datomstate.build=" + build);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.atomstate.cli.Main", "status", "--line"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().remove("ATOMSTATE_NOW");
        pb.environment().remove("ATOMSTATE_CONFIG");
        pb.environment().remove("ATOMSTATE_LINE_CACHE");
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("no-user-config").toString());
        if (!cached) {
            pb.environment().put("ATOMSTATE_LINE_CACHE", "off");
        }
        if (fixedClock) {
            pb.environment().put("ATOMSTATE_NOW", "2026-03-11T09:00:00Z");
        }
        Process p = pb.start();
        assertThat(p.waitFor()).as(Files.readString(out)).isZero();
        List<String> loaded = Files.readAllLines(log);
        boolean parsed = loaded.stream().anyMatch(l -> l.contains(" dev.atomstate.parse.StateParser source: "));
        // the key is made by hand: a record's toString would link method handles, 40 ms of a cold run
        assertThat(loaded).as("classes loaded").noneMatch(l -> l.contains(" java.lang.runtime.ObjectMethods source: "));
        return new Run(Files.readString(out), parsed);
    }
}
