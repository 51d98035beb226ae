package dev.atomstate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.atomstate.testing.Scratch;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.WorklogParser;
import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every worklog in ../shared (the seed and corpus/worklog), as LF and as CRLF: it lists without a trace; an
 * unchanged parse splices back to the same bytes; {@code log add} only adds lines and {@code log result} changes
 * only the results of its entry; both are idempotent. A summary of what was read is printed per file.
 */
class WorklogCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A clock after every corpus entry, as when someone adds to the log today. */
    private static final java.util.Map<String, String> ENV = java.util.Map.of("ATOMSTATE_NOW", "2027-01-15T12:00:00Z");

    static List<Path> worklogs() {
        List<Path> all = new ArrayList<>();
        all.add(Shared.worklogSeed());
        all.addAll(Shared.corpus("worklog"));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyWorklog() {
        Shared.assumePresent();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : worklogs()) {
            for (boolean crlf : new boolean[] {false, true}) {
                String name = Files.name(p) + (crlf ? " (CRLF)" : "");
                tests.add(Named.test(name, () -> check(p, crlf)));
            }
        }
        return tests.stream();
    }

    private void check(Path p, boolean crlf) throws Exception {
        String original = Files.text(p);
        String text = crlf ? Shared.toCrlf(original) : original;
        ParsedWorklog w = WorklogParser.parse("WORKLOG.md", text);
        assertThat(dev.atomstate.edit.Splicer.apply(text, List.of())).isEqualTo(text);
        if (crlf) {
            ParsedWorklog lf = WorklogParser.parse("WORKLOG.md", original);
            assertThat(w.model().stream().map(e -> e.timestamp() + "|" + e.objective() + "|" + e.steps() + "|" + e.status()).toList())
                    .as("CRLF reads as LF").isEqualTo(lf.model().stream().map(e -> e.timestamp() + "|" + e.objective() + "|" + e.steps() + "|" + e.status()).toList());
        }
        for (ParsedEntry e : w.entries()) {
            assertThat(e.lastContentLine()).isGreaterThanOrEqualTo(e.firstLine());
            if (e.results() != null) {
                assertThat(e.results().end()).isLessThanOrEqualTo(text.length());
            }
        }
        Path dir = Scratch.dir("worklog-corpus");
        Path file = dir.resolve("WORKLOG.md");
        java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);

        CliRun.Result list = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "list", "--json");
        assertThat(list.err()).as("stderr of log list").isEmpty();
        assertThat(list.exit()).isZero();
        JsonNode doc = JSON.readTree(list.out());
        assertThat(doc.path("entries").size()).isEqualTo(w.entries().size());
        CliRun.Result plain = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "list");
        assertThat(plain.err()).isEmpty();
        assertThat(plain.exit()).isZero();
        if (!w.entries().isEmpty()) {
            CliRun.Result show = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "show", "latest");
            assertThat(show.err()).isEmpty();
            assertThat(show.exit()).isZero();
        }

        // log add only adds lines, and adding again changes nothing
        CliRun.Result add = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "add", "--objective", "Corpus check entry",
                "--results", "In progress");
        String afterAdd = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        assertThat(add.exit()).as("log add: %s", add.err()).isIn(0, 1);
        if (add.exit() == 1) {
            assertThat(afterAdd).as("a refused add writes nothing").isEqualTo(text);
        } else {
            assertOnlyInsertion(text, afterAdd);
            ParsedWorklog again = WorklogParser.parse("WORKLOG.md", afterAdd);
            assertThat(again.entries()).hasSize(w.entries().size() + 1);
            ParsedEntry added = w.layout().newestFirst() ? again.entries().get(0) : again.entries().get(again.entries().size() - 1);
            assertThat(added.entry().objective()).isEqualTo("Corpus check entry");
            assertThat(added.entry().results()).isEqualTo("In progress");
            assertThat(added.entry().timestamp()).as("the new entry's timestamp is read back").isNotNull();
            if (crlf) {
                assertThat(afterAdd.replace("\r\n", "")).as("no bare LF in a CRLF file").doesNotContain("\n");
            }
            CliRun.Result rerun = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "add", "--objective", "Corpus check entry",
                    "--results", "In progress");
            assertThat(rerun.exit()).isZero();
            assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(afterAdd);
        }

        // log result changes only the results of its entry
        java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
        if (w.entries().isEmpty()) {
            return;
        }
        CliRun.Result result = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "result", "1", "Checked by the corpus test");
        String afterResult = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        assertThat(result.exit()).as("log result: %s", result.err()).isIn(0, 1);
        if (result.exit() == 1) {
            assertThat(afterResult).isEqualTo(text);
            return;
        }
        ParsedEntry first = w.entries().get(0);
        int from = first.results() != null ? first.results().start() : w.doc().line(first.lastContentLine()).contentEnd();
        int to = first.results() != null ? first.results().end() : from;
        int tail = text.length() - to;
        assertThat(afterResult.substring(0, from)).as("before the results").isEqualTo(text.substring(0, from));
        assertThat(afterResult.substring(afterResult.length() - tail)).as("after the results").isEqualTo(text.substring(to));
        ParsedWorklog changed = WorklogParser.parse("WORKLOG.md", afterResult);
        assertThat(changed.entries()).hasSize(w.entries().size());
        assertThat(changed.entries().get(0).entry().results()).isEqualTo("Checked by the corpus test");
        CliRun.Result rerun = CliRun.run(dir, ENV, "--worklog", "WORKLOG.md", "log", "result", "1", "Checked by the corpus test");
        assertThat(rerun.exit()).isZero();
        assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(afterResult);
    }

    /** {@code after} is {@code before} with one run of whole lines inserted. */
    static void assertOnlyInsertion(String before, String after) {
        int p = 0;
        while (p < before.length() && before.charAt(p) == after.charAt(p)) {
            p++;
        }
        int inserted = after.length() - before.length();
        assertThat(inserted).isPositive();
        assertThat(after.substring(0, p) + after.substring(p + inserted)).isEqualTo(before);
        assertThat(before.substring(p)).as("the rest of the file follows unchanged").isEqualTo(after.substring(p + inserted));
        List<String> beforeLines = before.lines().toList();
        List<String> afterLines = after.lines().toList();
        int i = 0;
        for (String l : afterLines) {
            if (i < beforeLines.size() && beforeLines.get(i).equals(l)) {
                i++;
            }
        }
        assertThat(i).as("every line of the file is still there, in order").isEqualTo(beforeLines.size());
    }
}
