package dev.atomstate.safety;

import dev.atomstate.testing.CliRun;
import dev.atomstate.testing.JavaTrace;
import dev.atomstate.testing.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of hostile inputs, files and arguments, as one test: each is answered with one
 * "atomstate: …" line naming what is wrong, its exit code, nothing on stdout, and the state file's bytes and
 * mtime unchanged (and no temp file left).
 */
class HostileInputCatalogueTest {
    @TempDir
    Path dir;

    /** Prepares the folder; the state file at STATE.md (when there is one) must come out unchanged. */
    @FunctionalInterface
    interface Setup {
        void in(Path dir) throws IOException;
    }

    record Case(String name, Setup setup, Map<String, String> env, List<String> args, int exit, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final byte[] BOM8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    static Setup file(byte[] bytes) {
        return d -> Files.write(d.resolve("STATE.md"), bytes);
    }

    static Setup valid() {
        return d -> Files.writeString(d.resolve("STATE.md"), ConcurrentWritersTest.fixture());
    }

    static byte[] join(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Case fileCase(String name, Setup setup, int exit, String message, String... args) {
        return new Case(name, setup, Map.of(), List.of(args), exit, message);
    }

    static Case argCase(String name, int exit, String message, String... args) {
        return new Case(name, valid(), Map.of(), List.of(args), exit, message);
    }

    static Case envCase(String name, Setup setup, Map<String, String> env, int exit, String message, String... args) {
        return new Case(name, setup, env, List.of(args), exit, message);
    }

    static final String[] DECIDE = {"decide", "A decision", "-f", "STATE.md"};

    static Stream<Case> catalogue() {
        String head = "# Project State\n\n## Current Position\n\nPhase: 1 of 2 (Core)\n";
        List<Case> c = new ArrayList<>();
        // files that cannot be read
        c.add(fileCase("missing file", d -> { }, 3, "STATE.md: no such file; create it with 'atomstate init'", DECIDE));
        c.add(fileCase("no state file anywhere", d -> { }, 3, "no state file found", "status"));
        c.add(fileCase("a directory", d -> Files.createDirectory(d.resolve("STATE.md")), 3, "STATE.md: is a directory", DECIDE));
        c.add(fileCase("a character device", valid(), 3, "/dev/zero: is not a regular file", "status", "-f", "/dev/zero"));
        c.add(fileCase("dangling symlink", d -> Files.createSymbolicLink(d.resolve("STATE.md"), d.resolve("gone.md")), 3, "no such file", DECIDE));
        c.add(fileCase("UTF-16LE BOM", file(join(new byte[] {(byte) 0xFF, (byte) 0xFE}, head.getBytes(StandardCharsets.UTF_16LE))), 3,
                "UTF-16/UTF-32 text is not supported; save the file as UTF-8", DECIDE));
        c.add(fileCase("UTF-16BE BOM", file(join(new byte[] {(byte) 0xFE, (byte) 0xFF}, head.getBytes(StandardCharsets.UTF_16BE))), 3,
                "UTF-16/UTF-32", "status", "-f", "STATE.md"));
        c.add(fileCase("UTF-32LE BOM", file(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '#', 0, 0, 0}), 3, "UTF-16/UTF-32", DECIDE));
        c.add(fileCase("UTF-32BE BOM", file(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, '#'}), 3, "UTF-16/UTF-32", "check", "STATE.md"));
        c.add(fileCase("Latin-1 byte in the middle", file(join(utf8(head + "Plan: caf"), new byte[] {(byte) 0xE9, '\n'})), 3,
                "invalid UTF-8 at byte " + utf8(head + "Plan: caf").length + "; save the file as UTF-8", DECIDE));
        c.add(fileCase("truncated multibyte at the end", file(join(utf8(head + "€"), new byte[] {(byte) 0xE2, (byte) 0x82})), 3,
                "invalid UTF-8 at byte " + utf8(head + "€").length, DECIDE));
        c.add(fileCase("overlong NUL encoding", file(join(utf8(head), new byte[] {(byte) 0xC0, (byte) 0x80})), 3,
                "invalid UTF-8 at byte " + utf8(head).length, DECIDE));
        c.add(fileCase("UTF-8 encoded surrogate", file(join(utf8(head), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})), 3,
                "invalid UTF-8 at byte " + utf8(head).length, "status", "-f", "STATE.md"));
        c.add(fileCase("NUL byte", file(utf8(head + "Plan: 1\u0000 of 3\n")), 3, "is NUL; this looks like a binary file", DECIDE));
        c.add(fileCase("NUL after a UTF-8 BOM", file(join(BOM8, new byte[] {'#', 0})), 3, "byte 4 is NUL", DECIDE));
        c.add(fileCase("PNG image", file(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}), 3, "byte 8 is NUL; this looks like a binary file", DECIDE));
        c.add(fileCase("gzip data", file(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}), 3, "NUL; this looks like a binary file", "check", "STATE.md"));
        c.add(envCase("over the size cap (environment)", valid(), Map.of("ATOMSTATE_MAX_BYTES", "100"), 3,
                "over the 100-byte limit; a state file this large is probably not one (raise the limit with limits.max-bytes in .atomstate.yml or ATOMSTATE_MAX_BYTES)", DECIDE));
        c.add(fileCase("over the size cap (config)", d -> {
            valid().in(d);
            Files.writeString(d.resolve(".atomstate.yml"), "limits:\n  max-bytes: 64\n");
        }, 3, "over the 64-byte limit", "status", "-f", "STATE.md"));
        c.add(fileCase("read-only file", d -> {
            valid().in(d);
            Files.setPosixFilePermissions(d.resolve("STATE.md"), PosixFilePermissions.fromString("r--r--r--"));
        }, 3, "STATE.md: the file is read-only; make it writable (chmod u+w) to change it; nothing was written", DECIDE));
        c.add(fileCase("read-only folder", d -> {
            valid().in(d);
            Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("r-xr-xr-x"));
        }, 3, "is read-only, so no temp file can be created beside the file; nothing was written", "complete-plan", "01-02", "-f", "STATE.md"));
        c.add(envCase("ATOMSTATE_MAX_BYTES not a number", valid(), Map.of("ATOMSTATE_MAX_BYTES", "8MB"), 2,
                "ATOMSTATE_MAX_BYTES='8MB' is not a whole number", DECIDE));
        c.add(envCase("ATOMSTATE_LOCK_TIMEOUT_MS negative", valid(), Map.of("ATOMSTATE_LOCK_TIMEOUT_MS", "-5"), 2,
                "ATOMSTATE_LOCK_TIMEOUT_MS='-5' is not a whole number", DECIDE));
        // arguments
        c.add(argCase("empty decision", 2, "the decision is empty", "decide", "", "-f", "STATE.md"));
        c.add(argCase("blank decision of newlines and tabs", 2, "the decision is empty", "decide", " \n\t\r\n ", "-f", "STATE.md"));
        c.add(argCase("bell character", 2, "the decision contains control character U+0007", "decide", "ring \u0007 bell", "-f", "STATE.md"));
        c.add(argCase("terminal escape sequence", 2, "contains control character U+001B", "decide", "\u001b[31mred\u001b[0m", "-f", "STATE.md"));
        c.add(argCase("NUL in the rationale", 2, "--rationale contains control character U+0000", "decide", "ok", "--rationale", "a\u0000b", "-f", "STATE.md"));
        c.add(argCase("5000-character decision", 2, "the decision is 5000 characters; the limit is 4000", "decide", "x".repeat(5000), "-f", "STATE.md"));
        c.add(argCase("bidirectional override", 2, "contains bidirectional control U+202E", "decide", "pay \u202Eeno\u202C", "-f", "STATE.md"));
        c.add(argCase("unpaired surrogate", 2, "contains an unpaired surrogate U+D800", "decide", "broken \uD800 text", "-f", "STATE.md"));
        c.add(argCase("closing bracket in --phase", 2, "--phase '2]: injected' is not a phase number or plan id", "decide", "ok", "--phase", "2]: injected", "-f", "STATE.md"));
        c.add(argCase("shell text in --phase", 2, "is not a phase number or plan id", "decide", "ok", "--phase", "$(rm -rf ~)", "-f", "STATE.md"));
        c.add(argCase("newline inside a plan id", 2, "'01-02\\nrm -rf /' is not a plan id", "complete-plan", "01-02\nrm -rf /", "-f", "STATE.md"));
        c.add(argCase("path as a plan id", 2, "is not a plan id", "complete-plan", "../../etc/passwd", "-f", "STATE.md"));
        c.add(argCase("shell text after a plan id", 2, "'01-02; rm -rf /' is not a plan id", "complete-plan", "01-02; rm -rf /", "-f", "STATE.md"));
        c.add(argCase("duration that is not one", 2, "--duration 'soon' is not a duration", "complete-plan", "01-02", "--duration", "soon", "-f", "STATE.md"));
        c.add(argCase("negative task count", 2, "--tasks and --files take a number of 0 or more", "complete-plan", "01-02", "--tasks", "-1", "-f", "STATE.md"));
        c.add(argCase("control character in --title", 2, "--title contains control character U+0008", "complete-plan", "01-02", "--title", "a\bb", "-f", "STATE.md"));
        c.add(argCase("plan of another phase", 1, "plan 07-01 is not in the current phase 1", "complete-plan", "07-01", "-f", "STATE.md"));
        c.add(argCase("unknown option", 2, "Unknown option: '--frobnicate'", "decide", "ok", "--frobnicate", "-f", "STATE.md"));
        c.add(argCase("--now that is no time", 2, "--now 'yesterday' is not an ISO-8601 time", "--now", "yesterday", "decide", "ok", "-f", "STATE.md"));
        // issue 12, item 8: a frontmatter never closed, a config path that is a folder
        c.add(fileCase("frontmatter never closed", file(utf8("---\nstopped_at: x\n" + head + "\n### Decisions\n\n- a\n")), 3,
                "STATE.md:1: the frontmatter opened here with '---' is never closed", DECIDE));
        c.add(fileCase("config that is a folder", d -> {
            valid().in(d);
            Files.createDirectory(d.resolve(".atomstate.yml"));
        }, 3, ".atomstate.yml: the config file is a folder", DECIDE));
        // numbers out of any plausible range (issue 12): a clean usage error, never a NumberFormatException
        c.add(argCase("20-digit phase to begin", 2, "'99999999999999999999' is not a phase number", "begin-phase", "99999999999999999999", "--force", "-f", "STATE.md"));
        c.add(argCase("int-overflowing phase to begin", 2, "'2147483648' is not a phase number", "begin-phase", "2147483648", "--force", "-f", "STATE.md"));
        c.add(argCase("20-digit phase to complete", 2, "is not a phase number", "complete-phase", "99999999999999999999", "-f", "STATE.md"));
        c.add(argCase("20-digit milestone", 2, "'v99999999999999999999.0' is not a milestone version", "milestone", "start", "v99999999999999999999.0", "-f", "STATE.md"));
        c.add(argCase("duration of 99999999999999 hours", 2, "--duration '99999999999999 hours' is over 30 days", "complete-plan", "01-02", "--duration", "99999999999999 hours", "-f", "STATE.md"));
        c.add(argCase("metric duration of a century", 2, "is over 30 days", "metric", "01-02", "--duration", "876000h", "-f", "STATE.md"));
        c.add(argCase("--now in the year 99999", 2, "--now '+99999-01-01T00:00:00Z' is in the year 99999", "--now", "+99999-01-01T00:00:00Z", "decide", "ok", "-f", "STATE.md"));
        c.add(argCase("--now before 1970", 2, "is in the year 1066", "--now", "1066-10-14T09:00:00Z", "decide", "ok", "-f", "STATE.md"));
        return c.stream();
    }

    /** Numbers from the file too large for any int: every command reads and writes around them, none fails inside. */
    @ParameterizedTest(name = "{0} on a file whose numbers have 20 digits")
    @MethodSource("commandsOnHugeNumbers")
    void hugeNumbersInTheFileAreNeverAnInternalError(String command) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        String text = ConcurrentWritersTest.fixture().replaceAll("\\b\\d+\\b", "99999999999999999999");
        Files.writeString(work.resolve("STATE.md"), text);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-f", "STATE.md"));
        CliRun.Result r = CliRun.run(work, args.toArray(String[]::new));
        assertThat(r.err()).doesNotContain("internal error");
        assertThat(JavaTrace.in(r.err())).as(r.err()).isFalse();
        assertThat(r.exit()).as(r.err()).isIn(0, 1, 2, 3);
    }

    static Stream<String> commandsOnHugeNumbers() {
        return Stream.of("status --full", "check", "check --fix", "decide x", "begin-phase 4 --plans 2 --force", "begin-phase 4 --plans 2",
                "complete-plan 02-02 --force", "complete-phase --force", "velocity", "progress", "history", "todo add y",
                "resolve todo 1", "block zz", "metric 02-02 --duration 5min", "milestone start v3.0", "compact");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachHostileInputGetsOneLineItsExitCodeAndChangesNothing(Case c) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        c.setup().in(work);
        Path state = work.resolve("STATE.md");
        boolean exists = Files.exists(state, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        byte[] bytes = null;
        if (exists && Files.isRegularFile(state)) {
            bytes = Files.readAllBytes(state);
            if (Files.isWritable(work)) {
                Files.setLastModifiedTime(state, old);
            }
        }
        FileTime mtime = bytes == null ? null : Files.getLastModifiedTime(state);
        Map<String, String> env = new HashMap<>(c.env());
        env.put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        CliRun.Result r = CliRun.run(work, env, c.args().toArray(String[]::new));
        try {
            assertThat(r.exit()).as(r.err()).isEqualTo(c.exit());
            assertThat(r.err().lines().toList()).as("exactly one line").hasSize(1);
            assertThat(r.err()).startsWith("atomstate: ").contains(c.message()).doesNotContain("internal error");
            assertThat(JavaTrace.in(r.err())).as("a Java trace or exception class in %s", r.err()).isFalse();
            assertThat(r.out()).isEmpty();
            if (bytes != null) {
                assertThat(Files.readAllBytes(state)).as("bytes").isEqualTo(bytes);
                assertThat(Files.getLastModifiedTime(state)).as("mtime").isEqualTo(mtime);
            }
            try (Stream<Path> s = Files.list(work)) {
                assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // ----- issue 12, item 8: a file whose lines end in CR alone (old Mac) is written in its own form

    static final String CR_ONLY = "# Project State\r\r## Current Position\r\rPhase: 1 of 2 (Core)\rPlan: 1 of 2\rStatus: In progress\r\r"
            + "## Accumulated Context\r\r### Decisions\r\r- [Phase 1]: a\r\r### Pending Todos\r\r- t1\r\r"
            + "### Blockers/Concerns\r\rNone yet.\r\r## Session Continuity\r\rStopped at: x\r";

    @ParameterizedTest(name = "{0} on a CR-only file")
    @MethodSource("crOnlyWrites")
    void aCrOnlyFileGetsTheNewItemInPlaceWithCrAndARerunChangesNothing(String command, String was, String becomes) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path state = Files.writeString(work.resolve("STATE.md"), CR_ONLY);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-f", "STATE.md"));
        CliRun.Result r = CliRun.run(work, Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        String after = Files.readString(state);
        assertThat(after).doesNotContain("\n");
        assertThat(CR_ONLY.indexOf(was)).as("one place").isEqualTo(CR_ONLY.lastIndexOf(was)).isNotNegative();
        assertThat(after).as("only %s changed", was).isEqualTo(CR_ONLY.replace(was, becomes));
        CliRun.Result again = CliRun.run(work, Map.of("ATOMSTATE_NOW", CliRun.DEFAULT_NOW), args.toArray(String[]::new));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(Files.readString(state)).as("a re-run").isEqualTo(after);
    }

    /** The diff of a CR-only file shows one changed line, its CR a line break on the terminal, never sent raw. */
    @Test
    void theDryRunDiffOfACrOnlyFileIsLineByLineWithoutARawCr() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Files.writeString(work.resolve("STATE.md"), CR_ONLY);
        CliRun.Result r = CliRun.run(work, "--dry-run", "todo", "add", "t2", "-f", "STATE.md");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\r").contains("\n - t1\n+- t2\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++"))).containsExactly("+- t2");
        assertThat(Files.readString(work.resolve("STATE.md"))).isEqualTo(CR_ONLY);
    }

    static Stream<Arguments> crOnlyWrites() {
        return Stream.of(
                Arguments.of("decide b", "- [Phase 1]: a\r", "- [Phase 1]: a\r- [Phase 1]: b\r"),
                Arguments.of("todo add t2", "- t1\r", "- t1\r- t2\r"),
                Arguments.of("block b1", "None yet.\r", "- b1\r"));
    }

    // ----- the cases that need a real process (issue 12): a link planted as the lock, a JVM with a small heap

    @Test
    void aLockSidecarThatIsASymlinkIsRefusedAndItsTargetIsUntouched() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path logs = Files.createDirectory(dir.resolve("logs"));
        valid().in(work);
        Path victim = Files.writeString(dir.resolve("victim"), "DATA\n");
        Files.createSymbolicLink(work.resolve(".STATE.md.lock"), victim);
        byte[] before = Files.readAllBytes(work.resolve("STATE.md"));
        Processes.Done r = Processes.run(work, logs, Map.of(), "decide", "x", "-f", "STATE.md");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("atomstate: ").contains(".STATE.md.lock is a symbolic link");
        assertThat(Files.readString(victim)).isEqualTo("DATA\n");
        assertThat(Files.isSymbolicLink(work.resolve(".STATE.md.lock"))).isTrue();
        assertThat(Files.readAllBytes(work.resolve("STATE.md"))).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} on a file too large for -Xmx32m")
    @MethodSource("smallHeapCommands")
    void runningOutOfMemoryIsOneLineWithExit3AndNothingWritten(String command) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        Path logs = Files.createDirectory(dir.resolve("logs"));
        StringBuilder big = new StringBuilder("# Project State\n\n## Current Position\n\nPhase: 1 of 2 (Core)\n\n## Decisions\n\n");
        // 16 MB: the lean parser reads the 5.6 MB this once was within 32 MB, and the point is to run out
        for (int i = 0; i < 200_000; i++) {
            big.append("- [Phase 1]: decision number ").append(i).append(" with some long text to fill the heap quickly\n");
        }
        Path state = Files.writeString(work.resolve("STATE.md"), big);
        byte[] before = Files.readAllBytes(state);
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("-f", "STATE.md"));
        Processes.Done r = Processes.run(work, logs, Map.of("ATOMSTATE_JAVA_OPTS", "-Xmx32m"), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("atomstate: STATE.md: not enough memory").contains("nothing was written")
                .contains("ATOMSTATE_JAVA_OPTS=-Xmx");
        assertThat(JavaTrace.in(r.err())).isFalse();
        assertThat(Files.readAllBytes(state)).isEqualTo(before);
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("STATE.md");
        }
    }

    static Stream<String> smallHeapCommands() {
        return Stream.of("status", "decide x");
    }

    // ----- terminal text: escape sequences, raw CR and bidi controls from a file never reach stdout

    /** ESC[2J (clear screen), OSC 52 (write the clipboard), OSC 8 (a link), a raw CR, bidi override and isolate, C1 CSI. */
    static final String[] INJECTED = {"\u001b[2J", "\u001b]52;c;ZWNobyBoaQ==\u0007", "\u001b]8;;https://evil.example\u001b\\", "\r", "\u202e", "\u2066", "\u009b"};

    static String hostile(String label) {
        return label + " " + String.join(" x ", INJECTED) + " end";
    }

    /** The same without the CR, which a worklog reads as a line break. */
    static String hostileLine(String label) {
        return hostile(label).replace("\r", "");
    }

    static Setup injectedProject() {
        return d -> {
            Path planning = Files.createDirectories(d.resolve(".planning"));
            Files.writeString(planning.resolve("STATE.md"), "# Project State\n\n## Current Position\n\n"
                    + "Phase: 1 of 3 (" + hostile("Core") + ")\nPlan: 1 of 2 in current phase\nStatus: " + hostile("In progress") + "\n"
                    + "Last activity: 2026-02-01 - " + hostile("did") + "\n\nProgress: [█░░░░░░░░░] 10%\n\n"
                    + "## Performance Metrics\n\n| Phase | Plan | Duration | Tasks | Files |\n|-------|------|----------|-------|-------|\n"
                    + "| 01 | 01 | 5min " + hostile("m") + " | 2 | 3 |\n\n"
                    + "## Accumulated Context\n\n### Decisions\n\n- [Phase 1]: " + hostile("decision") + "\n\n"
                    + "### Pending Todos\n\n- " + hostile("todo") + "\n\n### Blockers/Concerns\n\n- " + hostile("blocker") + "\n\n"
                    + "## Session Continuity\n\nLast session: 2026-02-01\nStopped at: " + hostile("stop") + "\nResume file: None\n");
            Files.writeString(planning.resolve("WORKLOG.md"), "## 2026-02-01 08:10 UTC\n\n- **Task Objective**: " + hostileLine("objective")
                    + "\n- **Step-by-Step Plan**:\n  1. " + hostileLine("step") + "\n- **Results**: " + hostileLine("results") + "\n");
        };
    }

    static Stream<String> textCommands() {
        return Stream.of("status", "status --full", "status --line", "get status", "get phase", "get stopped_at", "decisions",
                "blockers", "todos", "history", "check", "velocity", "progress", "log list", "log show 1",
                "--dry-run decide new", "--dry-run todo add more", "--dry-run set status Done", "--dry-run check --fix");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textCommands")
    void controlCharactersFromTheFileNeverReachStdout(String command) throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        injectedProject().in(work);
        CliRun.Result r = CliRun.run(work, command.split(" "));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).as("some output").isNotBlank();
        for (int i = 0; i < r.out().length(); i++) {
            char c = r.out().charAt(i);
            boolean lineBreak = c == '\n';
            boolean control = c < 0x20 && c != '\t' && !lineBreak || c == 0x7f || c >= 0x80 && c < 0xa0
                    || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            assertThat(control).as("U+%04X at %d in:%n%s", (int) c, i, r.out()).isFalse();
        }
        if (!command.equals("progress") && !command.equals("status --line")) { // these show numbers only
            assertThat(r.out()).as("the text is shown, escaped").contains("\\u001B");
        }
    }
}
