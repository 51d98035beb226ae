package dev.atomstate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The training run covers every bundled sample, so a new dialect's sample is trained as soon as it is added. */
class CdsTrainingTest {
    @Test
    void everyBundledSampleIsATrainingInput() throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of("planning-samples"))) {
            var samples = dirs.filter(d -> Files.isRegularFile(d.resolve(".planning/STATE.md")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(CdsTraining.SAMPLES).containsExactlyInAnyOrderElementsOf(samples);
        }
    }

    @Test
    void everyTrainingInputIsPackedIntoTheJar() {
        for (String sample : CdsTraining.SAMPLES) {
            assertThat(CdsTraining.class.getResource("/cds-training/" + sample + "/.planning/STATE.md"))
                    .as("cds-training/%s in the build's resources", sample).isNotNull();
        }
    }

    @Test
    void everySamplesWorklogIsPackedToo() throws IOException {
        for (String sample : CdsTraining.SAMPLES) {
            if (Files.isRegularFile(Path.of("planning-samples", sample, ".planning", "WORKLOG.md"))) {
                assertThat(CdsTraining.class.getResource("/cds-training/" + sample + "/.planning/WORKLOG.md"))
                        .as("cds-training/%s/.planning/WORKLOG.md", sample).isNotNull();
            }
        }
    }

    /**
     * The lean training (the JDK 25 AOT cache, which loads all the training loaded on every run) reaches the worklog
     * and roadmap paths, so their lambdas are linked ahead of time, and loads none of Jackson or picocli, which no
     * hook uses. Run as a real JVM that logs the classes it loads.
     */
    @Test
    void theLeanTrainingReachesWorklogsAndRoadmapsAndLoadsNoJacksonOrPicocli(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), "dev.atomstate.cli.CdsTraining", "lean")
                .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(dir.resolve("out.log"))).isZero();
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).as("the worklog parser ran").anyMatch(l -> l.contains("dev.atomstate.parse.worklog.WorklogParser$$Lambda"));
        assertThat(loaded).as("the roadmap reader ran").anyMatch(l -> l.contains("dev.atomstate.parse.RoadmapParser "));
        assertThat(loaded).as("no Jackson").noneMatch(l -> l.contains(" com.fasterxml.") || l.contains(" tools.jackson."));
        assertThat(loaded).as("no picocli").noneMatch(l -> l.contains("] picocli."));
    }
}
