package dev.atomstate.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
