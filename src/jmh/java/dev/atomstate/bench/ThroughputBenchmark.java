package dev.atomstate.bench;

import dev.atomstate.check.Checker;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.StateParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Parser and checker throughput on generated state files of 1–64 MB ({@link BigStateFiles}). Reports seconds
 * per operation; MB/s is the size over that (the run script prints both). Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec} (README: Development → Benchmarks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class ThroughputBenchmark {
    @Param({"1", "4", "16", "64"})
    public int megabytes;

    String text;
    ParsedState parsed;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        Path base = Path.of(System.getProperty("atomstate.bench.base", "planning-samples/long-running/.planning/STATE.md"));
        text = BigStateFiles.grow(Files.readString(base), megabytes * 1024L * 1024L);
        parsed = StateParser.parse("STATE.md", text);
    }

    @Benchmark
    public ParsedState parse() {
        return StateParser.parse("STATE.md", text);
    }

    @Benchmark
    public Object check() {
        return Checker.check(parsed);
    }
}
