package dev.atomstate.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI as a real separate JVM (for locks, concurrency and SIGKILL), from the test class path, so it
 * works in the test phase before anything is packaged.
 */
public final class Processes {
    private Processes() {
    }

    /** Multiplies iteration counts: 1 in a plain build, 10 under -Pstress. */
    public static int scale() {
        return Math.max(1, Integer.getInteger("atomstate.stress.scale", 1));
    }

    public record Done(int exit, String out, String err) {
    }

    /** A started atomstate process; its output goes to files so that a full pipe can never block it. */
    public record Running(Process process, Path out, Path err) {
        public Done await() {
            try {
                int exit = process.waitFor();
                return new Done(exit, java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                        java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public long pid() {
            return process.pid();
        }
    }

    /** Starts {@code atomstate args…} in {@code cwd} with ATOMSTATE_NOW fixed and {@code env} added. */
    public static Running start(Path cwd, Path logs, Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // small, quick JVMs: dozens of them share two CPUs
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto"));
        // the launcher passes ATOMSTATE_JAVA_OPTS to the JVM; so do we (a test of a small heap sets -Xmx32m there)
        String javaOpts = env.getOrDefault("ATOMSTATE_JAVA_OPTS", "-Xmx96m");
        cmd.addAll(List.of(javaOpts.trim().split("\\s+")));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        // the write delay is a test-only launcher's, not the product's: see PausedWriterMain
        cmd.add(env.containsKey(PausedWriterMain.DELAY_ENV) ? PausedWriterMain.class.getName()
                : env.containsKey(ExclusionProbeMain.PROBE_ENV) ? ExclusionProbeMain.class.getName() : "dev.atomstate.cli.Main");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().remove(PausedWriterMain.DELAY_ENV);
        pb.environment().remove(ExclusionProbeMain.PROBE_ENV);
        pb.environment().put("ATOMSTATE_NOW", CliRun.DEFAULT_NOW);
        pb.environment().putAll(env);
        try {
            Path out = java.nio.file.Files.createTempFile(logs, "out", ".log");
            Path err = java.nio.file.Files.createTempFile(logs, "err", ".log");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            return new Running(pb.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Done run(Path cwd, Path logs, Map<String, String> env, String... args) {
        return start(cwd, logs, env, args).await();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
