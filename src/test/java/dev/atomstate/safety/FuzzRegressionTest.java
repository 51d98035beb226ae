package dev.atomstate.safety;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs the fuzzers found, kept as fixtures so they outlive the generator and ../shared: one folder per case
 * under src/test/resources/fuzz-regressions/ with the input {@code STATE.md}, the command in {@code args} (one
 * argument per line) and a README saying what went wrong. Each runs through the same checks as a fuzz case
 * (clean exit, nothing written on refusal, a readable result, idempotence).
 */
class FuzzRegressionTest {
    static final Path ROOT = Path.of("src", "test", "resources", "fuzz-regressions");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyKeptInputPassesTheFuzzChecks() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(ROOT)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).as("fuzz-regressions/ holds the kept inputs").isNotEmpty();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            byte[] input = Files.readAllBytes(c.resolve("STATE.md"));
            String[] args = Files.readAllLines(c.resolve("args"), StandardCharsets.UTF_8).stream()
                    .filter(a -> !a.isEmpty()).toArray(String[]::new);
            Path work = Files.createDirectory(dir.resolve(c.getFileName().toString()));
            Path state = work.resolve("STATE.md");
            Files.write(state, input);
            FuzzTest.checkCommand(work, state, input, args, c.getFileName() + ": " + String.join(" ", args));
        }));
    }
}
