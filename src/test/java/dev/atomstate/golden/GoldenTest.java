package dev.atomstate.golden;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.Scratch;
import dev.atomstate.testing.Shared;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden fixtures, discovered from src/test/resources/golden/&lt;case&gt;/:
 * <ul>
 *   <li>{@code input.md} — the state file before the command;</li>
 *   <li>{@code args} — one CLI argument per line; the runner adds {@code -f STATE.md} (a temp copy of input.md,
 *       run with the temp folder as working directory, so output names it STATE.md);</li>
 *   <li>{@code expected.md} — the file afterwards; absent: the file must be unchanged, byte for byte (and not
 *       rewritten: its mtime stays);</li>
 *   <li>{@code stdout} — optional; when present stdout must equal it exactly;</li>
 *   <li>{@code exit} — the expected exit code;</li>
 *   <li>{@code rerun-exit} — optional: the exit code of the re-run when it differs (a removed item cannot be told
 *       from a mistyped one, so resolving it again is refused — the file still does not change).</li>
 *   <li>{@code archive-input.md} — optional: {@code STATE-ARCHIVE.md} beside the state file before the command;</li>
 *   <li>{@code archive.md} — optional: {@code STATE-ARCHIVE.md} afterwards; absent: the archive is as before (or
 *       still absent), byte for byte (compact writes two files).</li>
 * </ul>
 * Every case also runs again on its own result (the file must not change: commands are idempotent), and the
 * whole case runs a second time with input and expected converted to CRLF (stdout is not compared there when it
 * holds a diff, whose lines carry the line endings).
 */
class GoldenTest {
    static final String FILE = "STATE.md";
    static final String ARCHIVE = "STATE-ARCHIVE.md";
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

    record Case(String name, byte[] input, List<String> args, byte[] expected, String stdout, int exit, int rerunExit,
                byte[] archiveInput, byte[] archiveExpected) {
        Case crlf() {
            return new Case(name, toCrlf(input), args, expected == null ? null : toCrlf(expected), stdout, exit, rerunExit,
                    archiveInput == null ? null : toCrlf(archiveInput), archiveExpected == null ? null : toCrlf(archiveExpected));
        }

        boolean stdoutIsADiff() {
            return stdout != null && (stdout.startsWith("--- ") || stdout.contains("\n@@ "));
        }
    }

    static Path root() {
        try {
            return Path.of(GoldenTest.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString())).map(GoldenTest::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Case load(Path dir) {
        try {
            byte[] input = Files.readAllBytes(dir.resolve("input.md"));
            List<String> args = new ArrayList<>(Files.readString(dir.resolve("args"), StandardCharsets.UTF_8).lines().toList());
            Path expected = dir.resolve("expected.md");
            Path stdout = dir.resolve("stdout");
            int exit = Integer.parseInt(Files.readString(dir.resolve("exit")).strip());
            Path rerun = dir.resolve("rerun-exit");
            int rerunExit = Files.exists(rerun) ? Integer.parseInt(Files.readString(rerun).strip()) : exit;
            return new Case(dir.getFileName().toString(), input, args,
                    Files.exists(expected) ? Files.readAllBytes(expected) : null,
                    Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : null, exit, rerunExit,
                    optional(dir.resolve("archive-input.md")), optional(dir.resolve("archive.md")));
        } catch (IOException e) {
            throw new UncheckedIOException("golden case " + dir + " is incomplete: " + e.getMessage(), e);
        }
    }

    private static byte[] optional(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllBytes(p) : null;
    }

    @TestFactory
    Stream<DynamicNode> golden() {
        List<Case> cases = cases();
        assertThat(cases).as("golden cases found under %s", root()).hasSizeGreaterThanOrEqualTo(20);
        return cases.stream().map(c -> DynamicContainer.dynamicContainer(c.name(), Stream.of(
                DynamicTest.dynamicTest("LF", () -> check(c, false)),
                DynamicTest.dynamicTest("CRLF", () -> check(c.crlf(), true)))));
    }

    static void check(Case c, boolean crlfVariant) throws IOException {
        Path dir = Scratch.dir("golden-" + c.name() + "-");
        try {
            Path file = dir.resolve(FILE);
            Files.write(file, c.input());
            Files.setLastModifiedTime(file, OLD);
            Path archive = dir.resolve(ARCHIVE);
            if (c.archiveInput() != null) {
                Files.write(archive, c.archiveInput());
            }
            List<String> args = new ArrayList<>(c.args());
            args.add("-f");
            args.add(FILE);

            CliRun.Result r = CliRun.run(dir, args.toArray(String[]::new));
            String what = c.name() + (crlfVariant ? " (CRLF)" : "") + ": atomstate " + String.join(" ", args);
            assertThat(r.exit()).as("%s exit; stderr: %s", what, r.err()).isEqualTo(c.exit());
            if (r.exit() == 0) {
                assertThat(r.err()).as("%s stderr", what).isEmpty();
            } else {
                assertThat(r.err()).as("%s: one line on stderr", what).startsWith("atomstate: ").endsWith("\n");
                assertThat(r.err().lines()).as("%s: one line on stderr", what).hasSize(1);
            }
            if (c.stdout() != null && !(crlfVariant && c.stdoutIsADiff())) {
                assertThat(withoutToolVersion(r.out())).as("%s stdout", what).isEqualTo(c.stdout());
            }
            byte[] after = Files.readAllBytes(file);
            if (c.expected() == null) {
                assertThat(text(after)).as("%s: the file is unchanged", what).isEqualTo(text(c.input()));
                assertThat(after).as("%s: the file is unchanged byte for byte", what).isEqualTo(c.input());
                assertThat(Files.getLastModifiedTime(file)).as("%s: the file was not rewritten", what).isEqualTo(OLD);
            } else {
                assertThat(text(after)).as("%s: the file", what).isEqualTo(text(c.expected()));
                assertThat(after).as("%s: the file byte for byte", what).isEqualTo(c.expected());
            }

            byte[] archiveAfter = Files.exists(archive) ? Files.readAllBytes(archive) : null;
            byte[] archiveWanted = c.archiveExpected() != null ? c.archiveExpected() : c.archiveInput();
            assertThat(archiveAfter == null ? null : text(archiveAfter)).as("%s: %s", what, ARCHIVE)
                    .isEqualTo(archiveWanted == null ? null : text(archiveWanted));
            assertThat(archiveAfter).as("%s: %s byte for byte", what, ARCHIVE).isEqualTo(archiveWanted);

            // idempotence: the same command on its own result changes nothing
            Files.setLastModifiedTime(file, OLD);
            CliRun.Result again = CliRun.run(dir, args.toArray(String[]::new));
            assertThat(again.exit()).as("%s: exit of the re-run; stderr: %s", what, again.err()).isEqualTo(c.rerunExit());
            assertThat(text(Files.readAllBytes(file))).as("%s: a re-run changes nothing", what).isEqualTo(text(after));
            assertThat(Files.getLastModifiedTime(file)).as("%s: a re-run does not rewrite the file", what).isEqualTo(OLD);
            assertThat(Files.exists(archive) ? Files.readAllBytes(archive) : null).as("%s: a re-run leaves %s as it is", what, ARCHIVE)
                    .isEqualTo(archiveAfter);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FILE) && !n.equals("." + FILE + ".lock")
                                && !(archiveWanted != null && (n.equals(ARCHIVE) || n.equals("." + ARCHIVE + ".lock")))))
                        .as("%s: no temp files left", what).isEmpty();
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * stdout without the envelope's {@code "atomstateVersion" : "…"} line of a JSON document: the build's version is not
     * the case's to fix (it changes with every release), and {@code JsonSchemaTest} requires the key in every document.
     * Only that exact line, with this build's version, is taken out.
     */
    static String withoutToolVersion(String out) {
        String line = "  \"atomstateVersion\" : \"" + dev.atomstate.model.ToolVersion.current().version() + "\",\n";
        return out.startsWith("{\n  \"schemaVersion\" : 1,\n  \"kind\" : ") ? out.replaceFirst(java.util.regex.Pattern.quote(line), "") : out;
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] toCrlf(byte[] b) {
        return Shared.toCrlf(text(b)).getBytes(StandardCharsets.UTF_8);
    }
}
