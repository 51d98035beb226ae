package dev.atomstate.merge;

import dev.atomstate.app.merge.Markers;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge on hand-mangled versions of our samples (lines dropped, doubled, renumbered; stray items, headings,
 * fences, frontmatter delimiters, CRLF lines, Previous entries, metrics rows), on fixed seeds: it never throws
 * and never falls back to a plain line merge for want of structure; a clean result holds no markers, a conflicted
 * one holds as many marker blocks as it reports. Replay one case with -Datomstate.seed=N.
 */
class MergeFuzzTest {
    static final long SEED = Long.getLong("atomstate.seed", 20261201L);
    static final int CASES = 600 * Processes.scale();

    @Test
    void mangledVersionsMergeByStructureWithoutThrowing() throws IOException {
        List<String> bases = new ArrayList<>();
        for (String s : List.of("gsd-template", "bold-fields", "crlf-decisions-table", "frontmatter", "long-running")) {
            bases.add(Files.readString(Path.of("planning-samples", s, ".planning", "STATE.md"), StandardCharsets.UTF_8));
        }
        ThreeWayMerge.Options o = new ThreeWayMerge.Options(ThreeWayMerge.Kind.STATE, "STATE.md", Markers.of(7));
        for (int c = 0; c < CASES; c++) {
            Random r = new Random(SEED * 31 + c);
            String base = bases.get(r.nextInt(bases.size()));
            if (r.nextBoolean()) {
                base = mangle(base, r);
            }
            String ours = mangle(base, r);
            String theirs = mangle(base, r);
            ThreeWayMerge.Result m = ThreeWayMerge.merge(base, ours, theirs, o);
            String replay = "seed " + SEED + " case " + c;
            assertThat(m.decisions()).as(replay).noneMatch(d -> d.detail().contains("could not be merged by structure"));
            long blocks = m.text().lines().filter(l -> l.equals("<<<<<<< ours")).count()
                    - (ours + theirs).lines().filter(l -> l.equals("<<<<<<< ours")).count();
            assertThat(blocks).as(replay).isEqualTo(m.conflicts());
        }
    }

    private static String mangle(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)", -1)));
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            switch (r.nextInt(11)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
                case 2 -> lines.set(i, lines.get(i).replaceAll("\\d", String.valueOf(r.nextInt(10))));
                case 3 -> lines.add(i, "- fuzz item " + r.nextInt(100) + "\n");
                case 4 -> lines.add(i, "## Fuzz " + r.nextInt(5) + "\n");
                case 5 -> lines.set(i, "Status: fuzz " + r.nextInt(3) + "\n");
                case 6 -> lines.add(i, "```\n");
                case 7 -> lines.add(i, "---\n");
                case 8 -> lines.set(i, lines.get(i).replace("\n", "\r\n"));
                case 9 -> lines.add(i, "Previous: Phase 0" + r.nextInt(9) + "-0" + r.nextInt(9) + " COMPLETE\n\n");
                default -> lines.add(i, "| Phase 0" + r.nextInt(9) + " P0" + r.nextInt(9) + " | " + r.nextInt(60) + " min | 2 tasks | 3 files |\n");
            }
        }
        return String.join("", lines);
    }
}
