package dev.atomstate.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.JavaTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge-driver command's contract with git: %O %A %B in, the result in %A, exit 0 merged, 1 conflicts. */
class MergeDriverCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path GSD = Path.of("planning-samples/gsd-template/.planning/STATE.md");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CliRun.Result driver(String base, String ours, String theirs, String... extra) throws IOException {
        write(".merge_file_O", base);
        write(".merge_file_A", ours);
        write(".merge_file_B", theirs);
        String[] args = new String[4 + extra.length];
        args[0] = "merge-driver";
        args[1] = ".merge_file_O";
        args[2] = ".merge_file_A";
        args[3] = ".merge_file_B";
        System.arraycopy(extra, 0, args, 4, extra.length);
        return CliRun.run(dir, args);
    }

    @Test
    void fieldsMovedToDifferentPlacesOfEqualRankAreAConflictWithMarkersOfTheGivenSize() throws IOException {
        String base = Files.readString(GSD);
        String ours = Branches.after(base, Branches.cmds(new String[] {"set", "status", "Blocked on the review"}));
        String theirs = Branches.after(base, Branches.cmds(new String[] {"set", "status", "Paused for the demo"},
                new String[] {"decide", "Theirs: plan the demo first", "--phase", "2"}));
        CliRun.Result r = driver(base, ours, theirs, "-L", "9", "-P", ".planning/STATE.md");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        String result = Files.readString(dir.resolve(".merge_file_A"));
        assertThat(result).contains("<<<<<<<<< ours\nStatus: Blocked on the review\n=========\nStatus: Paused for the demo\n>>>>>>>>> theirs\n");
        assertThat(result).contains("- [Phase 2]: Theirs: plan the demo first");
        assertThat(r.err()).contains("1 conflict left between markers").contains("status: conflict — both moved it to different places");
        assertThat(dir.resolve("..merge_file_A.lock")).doesNotExist();
    }

    @Test
    void aCleanMergeWritesOursInPlaceExitsZeroAndExplainsEachPartOnStderr() throws IOException {
        String base = Files.readString(GSD);
        String ours = Branches.after(base, Branches.cmds(new String[] {"decide", "Ours: one", "--phase", "2"}));
        String theirs = Branches.after(base, Branches.cmds(new String[] {"block", "Theirs: waiting on the printer"}));
        CliRun.Result r = driver(base, ours, theirs, "-L", "7", "-P", ".planning/STATE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        String result = Files.readString(dir.resolve(".merge_file_A"));
        assertThat(result).contains("- [Phase 2]: Ours: one").contains("- Theirs: waiting on the printer").doesNotContain("<<<<<<<");
        assertThat(r.err().lines().toList()).contains("atomstate merge-driver: .planning/STATE.md: merged (state)",
                "  blockers: union — +1 from theirs");
        assertThat(r.err()).doesNotContain("decisions");
        assertThat(dir.resolve("..merge_file_A.lock")).doesNotExist();
    }

    @Test
    void jsonValidatesAgainstTheSchemaAndDryRunWritesNothing() throws Exception {
        String base = Files.readString(GSD);
        String ours = Branches.after(base, Branches.cmds(new String[] {"decide", "Ours: one", "--phase", "2"}));
        String theirs = Branches.after(base, Branches.cmds(new String[] {"decide", "Theirs: two", "--phase", "2"}));
        CliRun.Result r = driver(base, ours, theirs, "-P", ".planning/STATE.md", "--json", "--dry-run");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(schema().validate(doc)).isEmpty();
        assertThat(doc.get("kind").asText()).isEqualTo("merge-driver");
        assertThat(doc.get("merged").asBoolean()).isTrue();
        assertThat(doc.get("written").asBoolean()).isFalse();
        assertThat(doc.get("diff").asText()).contains("+- [Phase 2]: Theirs: two");
        assertThat(Files.readString(dir.resolve(".merge_file_A"))).isEqualTo(ours);
    }

    @Test
    void anUnreadableVersionIsOneLineExitThreeAndOursStaysAsItWas() throws IOException {
        String base = Files.readString(GSD);
        write(".merge_file_O", base);
        write(".merge_file_A", base + "- ours\n");
        Files.write(dir.resolve(".merge_file_B"), new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        CliRun.Result r = CliRun.run(dir, "merge-driver", ".merge_file_O", ".merge_file_A", ".merge_file_B", "-P", "STATE.md");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err().lines().toList()).singleElement().asString().startsWith("atomstate: .merge_file_B: invalid UTF-8");
        assertThat(JavaTrace.in(r.err())).isFalse();
        assertThat(Files.readString(dir.resolve(".merge_file_A"))).isEqualTo(base + "- ours\n");
    }

    @Test
    void aFileThatIsNeitherStateNorWorklogGetsALineMerge() throws IOException {
        CliRun.Result clean = driver("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nc\nD\n", "-P", "docs/notes.txt");
        assertThat(clean.exit()).isZero();
        assertThat(Files.readString(dir.resolve(".merge_file_A"))).isEqualTo("a\nB\nc\nD\n");
        CliRun.Result conflict = driver("a\nb\nc\n", "a\nX\nc\n", "a\nY\nc\n", "-P", "docs/notes.txt");
        assertThat(conflict.exit()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve(".merge_file_A"))).isEqualTo("a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\n");
    }

    @Test
    void worklogEntriesFromBothSidesArriveInTimeOrderAndAResultUpdateIsKept() throws IOException {
        String base = Files.readString(Path.of("planning-samples/long-running/.planning/WORKLOG.md"));
        String ours = base + "\n---\n\n## 2026-05-03 10:00 UTC\n\n- **Task Objective**: Ours: compaction metrics.\n- **Results**: In progress\n";
        String theirs = base.replace("- **Results**: In progress — dry run found 14 orphaned segments from the March outage; recorded as a blocker.",
                "- **Results**: ✅ Completed — orphaned segments re-ingested.")
                + "\n---\n\n## 2026-05-02 18:00 UTC\n\n- **Task Objective**: Theirs: orphan cleanup.\n- **Results**: ✅ Completed\n";
        CliRun.Result r = driver(base, ours, theirs, "-P", ".planning/WORKLOG.md");
        assertThat(r.exit()).as(r.err()).isZero();
        String result = Files.readString(dir.resolve(".merge_file_A"));
        assertThat(result).contains("✅ Completed — orphaned segments re-ingested.");
        assertThat(result.indexOf("Theirs: orphan cleanup")).isLessThan(result.indexOf("Ours: compaction metrics"));
        assertThat(result).endsWith("- **Task Objective**: Ours: compaction metrics.\n- **Results**: In progress\n");
        assertThat(r.err()).contains("(worklog)").contains("entries: union — +1 from theirs; 1 updated from theirs");
    }

    static com.networknt.schema.JsonSchema schema() throws IOException {
        try (InputStream in = MergeDriverCommandTest.class.getResourceAsStream("/atomstate.schema.json")) {
            return com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                    .getSchema(JSON.readTree(in));
        }
    }
}
