package dev.atomstate.merge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real git for the merge tests (and the safety tests' clean-tree check), isolated from the machine's own
 * configuration: a HOME, a global config file and no system config of its own, a fixed author and dates. The merge
 * driver is the code under test, started as a real JVM from the test class path the way git starts any driver (through sh, with %O %A %B %L %P).
 */
public final class GitWorld {
    final Path home;
    public final Map<String, String> env = new HashMap<>();

    public GitWorld(Path root) {
        try {
            home = Files.createDirectories(root.resolve("home"));
            Files.writeString(home.resolve(".gitconfig"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_GLOBAL", home.resolve(".gitconfig").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "Test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.org");
        env.put("GIT_COMMITTER_NAME", "Test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.org");
        env.put("GIT_AUTHOR_DATE", "2026-03-01T09:30:00Z");
        env.put("GIT_COMMITTER_DATE", "2026-03-01T09:30:00Z");
        env.put("LC_ALL", "C");
    }

    public record Run(int exit, String out, String err) {
        public Run ok() {
            if (exit != 0) {
                throw new AssertionError("git failed (" + exit + "): " + out + err);
            }
            return this;
        }
    }

    public Run git(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.environment().remove("GIT_DIR");
        pb.environment().remove("GIT_WORK_TREE");
        try {
            Path out = Files.createTempFile(home, "git", ".out");
            Path err = Files.createTempFile(home, "git", ".err");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            int exit = pb.start().waitFor();
            Run r = new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new repository with {@code files} committed on branch main. */
    Path repo(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            git(dir, "init", "-q", "-b", "main").ok();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve(".gitignore"), ".*.lock\n");
            git(dir, "add", "-A").ok();
            git(dir, "commit", "-q", "-m", "base").ok();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commitAll(Path dir, String message) {
        git(dir, "add", "-A").ok();
        git(dir, "commit", "-q", "--allow-empty", "-m", message).ok();
    }

    /** The command line git runs for the driver: this JVM's java and class path, then atomstate's own arguments. */
    static String driverCommand() {
        return javaCommand() + " merge-driver %O %A %B -L %L -P %P";
    }

    static String javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData -cp "
                + quote(System.getProperty("java.class.path")) + " -Datomstate.test=1 dev.atomstate.cli.Main";
    }

    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The driver for every planning file of the repository, in .git/info/attributes (nothing committed). */
    void enableDriver(Path repo) {
        try {
            Path info = Files.createDirectories(repo.resolve(".git/info"));
            Files.writeString(info.resolve("attributes"), "STATE.md merge=atomstate\nWORKLOG.md merge=atomstate\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        git(repo, "config", "merge.atomstate.name", "atomstate").ok();
        git(repo, "config", "merge.atomstate.driver", driverCommand()).ok();
    }
}
