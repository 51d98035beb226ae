package dev.atomstate.merge;

import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.safety.FixedSeed;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For command sequences generated on two branches of every sample, merge(ours, theirs) and merge(theirs, ours) give
 * the same model — the same values and the same items in the same order — or both leave the same number of
 * conflicts. The sequences are drawn from jqwik's combinators over a small pool of commands, so both branches often
 * run some of the same commands (the same decision, the same plan), which is where an order-dependent merge would
 * show. Seeded by {@link FixedSeed}.
 */
@AddLifecycleHook(FixedSeed.class)
class MergeSymmetryPropertiesTest {
    /** The samples and, for each, the next two plans and the milestone after the current one. */
    static final Map<String, String[]> SAMPLES = Map.of(
            "gsd-template", new String[] {"02-02", "02-03", "v2.0"}, "bold-fields", new String[] {"03-03", "03-04", "v2.0"},
            "crlf-decisions-table", new String[] {"02-03", "02-03", "v2.0"}, "frontmatter", new String[] {"08-03", "08-04", "v1.3"},
            "long-running", new String[] {"41-04", "41-05", "v3.0"});

    /** A command with placeholders: {next} and {after} plans, {milestone}. */
    static final List<String> COMMANDS = List.of(
            "decide|Cache lookups for a day|--phase|2", "decide|Retry twice, then fail|--phase|2", "decide|Ship the CLI first|--phase|3",
            "block|Waiting on the API key", "block|Staging is down", "unblock|1",
            "todo|add|Write the upgrade notes", "todo|add|Ask design about the tag list", "todo|done|1",
            "complete-plan|{next}|--duration|14min|--tasks|3|--files|2", "complete-plan|{after}|--duration|9min",
            "session|--stopped-at|Paused after the review", "session|--stopped-at|Waiting for CI|--resume-file|.planning/NOTES.md",
            "milestone|start|{milestone}|--name|Next milestone|--force", "set|current focus|Phase 3 - Shopping lists");

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(List.copyOf(new java.util.TreeSet<>(SAMPLES.keySet())));
    }

    @Provide
    Arbitrary<List<String>> sequences() {
        return Arbitraries.of(COMMANDS).list().ofMaxSize(4);
    }

    @Property(tries = 200)
    void mergingEitherWayRoundGivesTheSameModel(@ForAll("samples") String sample, @ForAll("sequences") List<String> ours,
                                                @ForAll("sequences") List<String> theirs) {
        String base = read(sample);
        String a = Branches.after(base, commands(sample, ours));
        String b = Branches.after(base, commands(sample, theirs));
        ThreeWayMerge.Options o = new ThreeWayMerge.Options(ThreeWayMerge.Kind.STATE, "STATE.md", Markers.of(7));
        ThreeWayMerge.Result ab = ThreeWayMerge.merge(base, a, b, o);
        ThreeWayMerge.Result ba = ThreeWayMerge.merge(base, b, a, o);
        assertThat(ab.conflicts()).as("conflicts, either way round").isEqualTo(ba.conflicts());
        if (ab.clean()) {
            assertThat(ModelView.ofState(ab.text(), true)).as("merged ours←theirs vs theirs←ours\n%s\n----\n%s", ab.text(), ba.text())
                    .isEqualTo(ModelView.ofState(ba.text(), true));
        }
    }

    private static List<String[]> commands(String sample, List<String> templates) {
        String[] ids = SAMPLES.get(sample);
        List<String[]> out = new ArrayList<>();
        for (String t : templates) {
            out.add(t.replace("{next}", ids[0]).replace("{after}", ids[1]).replace("{milestone}", ids[2]).split("\\|"));
        }
        return out;
    }

    private static String read(String sample) {
        try {
            return Files.readString(Path.of("planning-samples", sample, ".planning", "STATE.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
