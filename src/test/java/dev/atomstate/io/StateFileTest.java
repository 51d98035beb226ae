package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StateFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static StateFile.Update replace(String from, String to) {
        return current -> current.source().encode(current.source().text().replace(from, to));
    }

    /** Files in the folder other than the state files and the lock sidecar. */
    private List<String> strays() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".tmp") || n.contains(".STATE.md.") && !n.endsWith(".lock"))
                    .toList();
        }
    }

    @Test
    void readGivesPathTargetBytesAndText() throws IOException {
        Path p = write("STATE.md", "Phase: 1\r\n");
        StateFile.Loaded loaded = StateFile.read(p);
        assertThat(loaded.path()).isEqualTo(p);
        assertThat(loaded.target()).isEqualTo(p.toRealPath());
        assertThat(loaded.bytes()).isEqualTo("Phase: 1\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(loaded.source().text()).isEqualTo("Phase: 1\r\n");
    }

    @Test
    void updateWritesTheNewBytesByReplacingTheFile() throws Exception {
        Path p = write("STATE.md", "Plan: 1 of 3\n");
        Object inodeBefore = Files.getAttribute(p, "unix:ino");
        try (InputStream reader = Files.newInputStream(p)) {
            StateFile.Result r = StateUpdate.update(p, replace("1 of 3", "2 of 3"));
            assertThat(r.written()).isTrue();
            assertThat(new String(r.after(), StandardCharsets.UTF_8)).isEqualTo("Plan: 2 of 3\n");
            assertThat(r.before().source().text()).isEqualTo("Plan: 1 of 3\n");
            // an atomic replace: the reader that opened the old file still sees the old bytes
            assertThat(new String(reader.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Plan: 1 of 3\n");
        }
        assertThat(Files.readString(p)).isEqualTo("Plan: 2 of 3\n");
        assertThat(Files.getAttribute(p, "unix:ino")).as("a new file was moved into place").isNotEqualTo(inodeBefore);
        assertThat(strays()).isEmpty();
    }

    @Test
    void updateKeepsThePosixMode() throws Exception {
        Path p = write("STATE.md", "a\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
        StateUpdate.update(p, replace("a", "b"));
        assertThat(Files.readString(p)).isEqualTo("b\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-r-----");

        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxr-x"));
        StateUpdate.update(p, replace("b", "c"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rwxrwxr-x");
    }

    @Test
    void updateKeepsABom() throws Exception {
        Path p = dir.resolve("STATE.md");
        Files.write(p, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\r', '\n'});
        StateUpdate.update(p, replace("a", "b"));
        assertThat(Files.readAllBytes(p)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'b', '\r', '\n');
    }

    @Test
    void aSymlinkIsFollowedAndStaysALink() throws Exception {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path target = realDir.resolve("STATE.md");
        Files.writeString(target, "x\n");
        Path link = Files.createSymbolicLink(dir.resolve("STATE.md"), target);

        StateFile.Result r = StateUpdate.update(link, replace("x", "y"));
        assertThat(r.written()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(Files.readString(target)).isEqualTo("y\n");
        assertThat(StateFile.read(link).target()).isEqualTo(target.toRealPath());
        // the temp file and the lock live next to the target, and neither is left there
        try (Stream<Path> s = Files.list(realDir)) {
            assertThat(s.map(q -> q.getFileName().toString())).containsExactly("STATE.md");
        }
    }

    @Test
    void noWriteWhenTheUpdateReturnsNull() throws Exception {
        Path p = write("STATE.md", "same\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(p, old);
        Object inode = Files.getAttribute(p, "unix:ino");
        StateFile.Result r = StateUpdate.update(p, current -> null);
        assertThat(r.written()).isFalse();
        assertThat(Files.getLastModifiedTime(p)).isEqualTo(old);
        assertThat(Files.getAttribute(p, "unix:ino")).isEqualTo(inode);
        assertThat(strays()).isEmpty();
    }

    @Test
    void noWriteWhenTheUpdateReturnsTheSameBytes() throws Exception {
        Path p = write("STATE.md", "same\n");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(p, old);
        StateFile.Result r = StateUpdate.update(p, current -> current.bytes().clone());
        assertThat(r.written()).isFalse();
        assertThat(Files.getLastModifiedTime(p)).isEqualTo(old);
    }

    @Test
    void aRefusalInsideTheUpdateLeavesTheFileAndNoTempFile() throws Exception {
        Path p = write("STATE.md", "keep\n");
        AtomstateException e = catchThrowableOfType(() -> StateUpdate.update(p, current -> {
            throw AtomstateException.refused("no");
        }), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.REFUSED);
        assertThat(Files.readString(p)).isEqualTo("keep\n");
        assertThat(strays()).isEmpty();
    }

    @Test
    void aChangeBetweenReadAndWriteIsNotOverwrittenButRecomputed() throws Exception {
        Path p = write("STATE.md", "count: 1\n");
        AtomicInteger calls = new AtomicInteger();
        StateFile.Result r = StateUpdate.update(p, current -> {
            if (calls.incrementAndGet() == 1) {
                // another (non-locking) writer changes the file while we compute
                try {
                    Files.writeString(p, "count: 1\nother: yes\n");
                } catch (IOException ex) {
                    throw new RuntimeException(ex);
                }
            }
            return current.source().encode(current.source().text() + "mine: yes\n");
        });
        assertThat(calls.get()).isEqualTo(2);
        assertThat(r.written()).isTrue();
        assertThat(Files.readString(p)).isEqualTo("count: 1\nother: yes\nmine: yes\n");
    }

    @Test
    void aFileThatKeepsChangingIsRefusedAndLeftAsTheOtherWriterLeftIt() throws Exception {
        Path p = write("STATE.md", "v0\n");
        AtomicInteger calls = new AtomicInteger();
        AtomstateException e = catchThrowableOfType(() -> StateUpdate.update(p, current -> {
            try {
                Files.writeString(p, "v" + calls.incrementAndGet() + "\n");
            } catch (IOException ex) {
                throw new RuntimeException(ex);
            }
            return current.source().encode("mine\n");
        }), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).contains("keeps changing").contains("nothing was written");
        assertThat(Files.readString(p)).isEqualTo("v" + calls.get() + "\n");
        assertThat(strays()).isEmpty();
    }

    @Test
    void missingFileSaysWhatToPass() {
        Path p = dir.resolve("nope").resolve("STATE.md");
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(p), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).startsWith(p.toString()).contains("no such file").contains("pass -f PATH");
        AtomstateException u = catchThrowableOfType(() -> StateUpdate.update(p, current -> null), AtomstateException.class);
        assertThat(u.getMessage()).contains("pass -f PATH");
        assertThat(Files.exists(dir.resolve("nope"))).isFalse();
    }

    @Test
    void aDirectoryIsRefused() throws IOException {
        Path d = Files.createDirectory(dir.resolve("STATE.md"));
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(d), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).contains("is a directory");
        AtomstateException u = catchThrowableOfType(() -> StateUpdate.update(d, current -> null), AtomstateException.class);
        assertThat(u.getMessage()).contains("is a directory");
    }

    @Test
    void aDanglingSymlinkIsAMissingFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("STATE.md"), dir.resolve("gone.md"));
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(link), AtomstateException.class);
        assertThat(e.getMessage()).contains("no such file");
    }

    @Test
    void filesOverTheLimitAreRefused() throws IOException {
        Path p = write("STATE.md", "0123456789");
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(p, 5), AtomstateException.class);
        assertThat(e.kind()).isEqualTo(AtomstateException.Kind.INPUT);
        assertThat(e.getMessage()).contains("10 bytes").contains("ATOMSTATE_MAX_BYTES");
        assertThat(StateFile.read(p, 10).bytes()).hasSize(10);
    }

    @Test
    void undecodableBytesAreRefusedBeforeAnyWrite() throws IOException {
        Path p = dir.resolve("STATE.md");
        Files.write(p, new byte[] {'a', (byte) 0xFF, '\n'});
        AtomstateException e = catchThrowableOfType(() -> StateUpdate.update(p, replace("a", "b")), AtomstateException.class);
        assertThat(e.getMessage()).contains("invalid UTF-8 at byte 1");
        assertThat(Files.readAllBytes(p)).containsExactly('a', (byte) 0xFF, '\n');
    }

    @Test
    void orphanTempFilesOfThisFileAreRemovedUnderTheLockAndNoOthers() throws Exception {
        Path p = write("STATE.md", "a\n");
        Path orphan = write(".STATE.md.123456789.tmp", "half a fi");
        Path otherFiles = write(".STATE.md.bak.42.tmp", "not ours");
        Path unrelated = write("notes.tmp", "keep");
        StateUpdate.update(p, replace("a", "b"));
        assertThat(orphan).doesNotExist();
        assertThat(otherFiles).exists();
        assertThat(unrelated).exists();
        assertThat(Files.readString(p)).isEqualTo("b\n");
    }

    @Test
    void aStaleLockFileOfADeadProcessDoesNotBlock() throws Exception {
        Path p = write("STATE.md", "a\n");
        write(".STATE.md.lock", "pid 999999999 since 2020-01-01T00:00:00Z\n");
        StateFile.Result r = StateUpdate.update(p, "STATE.md", IoLimits.DEFAULTS.withLockTimeoutMs(0), replace("a", "b"));
        assertThat(r.written()).isTrue();
        // taken over, then removed with the write like any sidecar of ours
        assertThat(dir.resolve(".STATE.md.lock")).doesNotExist();
    }

    @Test
    void theHolderIsDescribedFromTheLockFile() throws Exception {
        Path lock = write(".STATE.md.lock", "pid " + ProcessHandle.current().pid() + " since 2026-01-01T00:00:00Z\n");
        assertThat(WriteLock.describeHolder(lock)).startsWith("pid " + ProcessHandle.current().pid() + ", running, since 2026-01-01T00:00:00Z, ");
        Files.writeString(lock, "pid 999999999 since 2020-01-01T00:00:00Z\n");
        assertThat(WriteLock.describeHolder(lock)).startsWith("pid 999999999, not running here, since 2020-01-01T00:00:00Z");
        Files.writeString(lock, "garbage");
        assertThat(WriteLock.describeHolder(lock)).isEqualTo("holder unknown");
    }

    @Test
    void aDeviceIsNotAStateFile() {
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(Path.of("/dev/null")), AtomstateException.class);
        assertThat(e.getMessage()).isEqualTo("/dev/null: is not a regular file (a device, pipe or socket); pass a Markdown file with -f");
    }

    @Test
    void aFileGrowingPastTheLimitWhileReadIsStillRefused() throws IOException {
        Path p = write("STATE.md", "x".repeat(50));
        AtomstateException e = catchThrowableOfType(() -> StateFile.read(p, "STATE.md", IoLimits.DEFAULTS.withMaxBytes(49)), AtomstateException.class);
        assertThat(e.getMessage()).startsWith("STATE.md: the file is over the 49-byte limit");
    }

    @Test
    void aReadOnlyFileIsRefusedOnlyWhenThereIsSomethingToWrite() throws Exception {
        Path p = write("STATE.md", "a\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(StateUpdate.update(p, current -> null).written()).isFalse();
        AtomstateException e = catchThrowableOfType(() -> StateUpdate.update(p, replace("a", "b")), AtomstateException.class);
        assertThat(e.getMessage()).contains("the file is read-only").contains("nothing was written");
        assertThat(Files.readString(p)).isEqualTo("a\n");
        assertThat(strays()).isEmpty();
    }
}
